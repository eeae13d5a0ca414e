"""Finding CJK fonts for the PDF report, and per-character fallback.

ReportLab embeds TrueType outlines only (not CFF/OpenType-PS such as the Noto CJK .ttc files),
so every candidate is checked for a ``glyf`` table before use. Fonts are never committed to the
repository: :func:`find_fonts` looks at the build's bundled folder (``resources/fonts``), the
Windows font folder and fontconfig, maps the official-document roles (仿宋 body, 黑体/楷体
headings, 小标宋 title) to what exists, and falls back to ReportLab's non-embedded CID font
STSong-Light with a visible warning. :meth:`FontKit.markup` checks every character printed:
characters the role's font lacks are set in another installed font that has them, or replaced
by 〓 and reported.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from evaldesk.messages import Message, msg
from evaldesk.resources import resource_path

log = logging.getLogger(__name__)

ROLES = ("body", "heading", "subheading", "title")
ROLE_TEXT = {"body": "正文", "heading": "标题", "subheading": "小标题", "title": "题名"}
MISSING_MARK = "〓"  # the typesetter's mark for a character with no type
CID_FALLBACK = "STSong-Light"

# Windows file names per role, best first (GB/T 9704: 仿宋 body, 黑体 and 楷体 headings, 小标宋 title).
WINDOWS_FILES: dict[str, tuple[str, ...]] = {
    "body": ("simfang.ttf",),
    "heading": ("simhei.ttf",),
    "subheading": ("simkai.ttf",),
    "title": ("FZXBSJW.TTF", "simsun.ttc"),
}
WINDOWS_GENERAL = ("simsun.ttc", "msyh.ttc", "simhei.ttf", "simfang.ttf")
# Windows fonts that carry rare characters (SimSun-ExtB has CJK Extension B such as 𠮷).
WINDOWS_RARE = ("simsunb.ttf", "mingliub.ttc", "seguisym.ttf", "segoeui.ttf", "arial.ttf")
# fontconfig family names per role.
FAMILIES: dict[str, tuple[str, ...]] = {
    "body": ("FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong"),
    "heading": ("SimHei", "黑体", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"),
    "subheading": ("KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312", "AR PL UKai CN"),
    "title": ("FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "宋体", "AR PL UMing CN"),
}
KNOWN_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
)
_PROBE = "中文评分台账"  # a font that lacks these is not a CJK font


@dataclass(frozen=True, slots=True)
class FontFile:
    path: Path
    index: int = 0
    family: str = ""


@dataclass(frozen=True, slots=True)
class FontFace:
    """A font registered with ReportLab under ``name``."""

    name: str
    family: str
    file: FontFile | None  # None for the CID fallback (not embedded)
    cmap: frozenset[int]

    @property
    def embedded(self) -> bool:
        return self.file is not None

    def covers(self, ch: str) -> bool:
        if self.file is None:  # STSong-Light: the GB 2312/GBK repertoire, BMP only
            return ord(ch) <= 0xFFFF
        return ord(ch) in self.cmap

    def label(self) -> str:
        if self.file is None:
            return f"{self.family}（未嵌入）"
        return f"{self.family}（{self.file.path.name}）"


@dataclass
class FontKit:
    """The faces chosen for one report, and what was found while printing with them."""

    roles: dict[str, FontFace]
    warnings: list[Message] = field(default_factory=list)
    fallbacks: dict[str, FontFace] = field(default_factory=dict)  # name -> face used for rare chars
    missing: set[str] = field(default_factory=set)
    _rare: dict[str, FontFace | None] = field(default_factory=dict)
    _search: _Search | None = None

    def face(self, role: str) -> FontFace:
        return self.roles.get(role) or self.roles["body"]

    def name(self, role: str) -> str:
        return self.face(role).name

    @property
    def embedded(self) -> bool:
        return all(f.embedded for f in self.roles.values())

    def markup(self, text: str, role: str = "body") -> str:
        """Paragraph markup for ``text``: XML-escaped, line breaks kept, each character the
        role's font lacks set in a font that has it, or replaced by 〓 and recorded."""
        primary = self.face(role)
        out: list[str] = []
        run: list[str] = []
        run_font: str | None = None

        def flush() -> None:
            if not run:
                return
            chunk = escape("".join(run)).replace("\n", "<br/>")
            out.append(chunk if run_font is None else f'<font name="{run_font}">{chunk}</font>')
            run.clear()

        for ch in text:
            if ch == "\r":
                continue
            if ch == "\n" or primary.covers(ch):
                target: str | None = None
            else:
                other = self._rare_face(ch)
                if other is None:
                    self.missing.add(ch)
                    ch, target = MISSING_MARK, None
                else:
                    target = other.name
            if target != run_font:
                flush()
                run_font = target
            run.append(ch)
        flush()
        return "".join(out)

    def plain(self, text: str, role: str = "body") -> str:
        """Text for canvas drawing with one font: uncovered characters become 〓 (recorded)."""
        primary = self.face(role)
        chars = []
        for ch in text:
            if primary.covers(ch):
                chars.append(ch)
            else:
                self.missing.add(ch)
                chars.append(MISSING_MARK)
        return "".join(chars)

    def _rare_face(self, ch: str) -> FontFace | None:
        if ch in self._rare:
            return self._rare[ch]
        found: FontFace | None = None
        for face in [*self.roles.values(), *self.fallbacks.values()]:
            if face.file is not None and face.covers(ch):
                found = face
                break
        if found is None and self._search is not None:
            found = self._search.face_for_char(ch)
        if found is not None and found.name not in {f.name for f in self.roles.values()}:
            self.fallbacks[found.name] = found
        self._rare[ch] = found
        return found

    def missing_report(self) -> str:
        """The characters that no installed font could print, for the colophon and warnings."""
        return "、".join(f"{ch}（U+{ord(ch):04X}）" for ch in sorted(self.missing))

    def describe(self) -> str:
        """One line naming the fonts used, for the PDF colophon and bag-info.txt."""
        seen: dict[str, list[str]] = {}
        for role in ROLES:
            face = self.face(role)
            seen.setdefault(face.label(), []).append(ROLE_TEXT[role])
        parts = [f"{'、'.join(roles)}：{label}" for label, roles in seen.items()]
        if self.fallbacks:
            extra = "、".join(f.label() for f in self.fallbacks.values())
            parts.append(f"缺字补充：{extra}")
        return "；".join(parts)

    def describe_ascii(self) -> str:
        """The same for bag-info.txt readers without CJK fonts: family (file) per role."""
        parts = []
        for role in ROLES:
            face = self.face(role)
            where = face.file.path.name if face.file else "not embedded"
            parts.append(f"{role}={face.family} ({where})")
        parts.extend(
            f"fallback={f.family} ({f.file.path.name if f.file else '-'})"
            for f in self.fallbacks.values()
        )
        return "; ".join(parts)


def find_fonts(*, system: bool = True, bundled_dir: Path | None = None) -> FontKit:
    """The one font-finding function: bundled, Windows and fontconfig fonts mapped to the
    report's roles; STSong-Light (not embedded) with a warning when no TrueType CJK font exists.

    ``system=False`` ignores the installed fonts (tests, and a build that must use its bundle).
    """
    search = _Search(system=system, bundled_dir=bundled_dir)
    roles: dict[str, FontFace] = {}
    general = search.general()
    for role in ROLES:
        face = search.role_face(role) or general
        if face is not None:
            roles[role] = face
    kit = FontKit(roles=roles, _search=search)
    if not roles:
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
        cid = FontFace(CID_FALLBACK, CID_FALLBACK, None, frozenset())
        kit.roles = dict.fromkeys(ROLES, cid)
        kit.warnings.append(msg("export.font_fallback"))
    return kit


class _Search:
    """Candidate fonts from the bundle, the Windows folder, fontconfig and known paths."""

    def __init__(self, *, system: bool, bundled_dir: Path | None) -> None:
        self.system = system
        self.bundled_dir = (
            bundled_dir if bundled_dir is not None else resource_path("resources", "fonts")
        )

    def bundled(self) -> list[FontFile]:
        folder = self.bundled_dir
        if not folder.is_dir():
            return []
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".ttc"))
        return [FontFile(p, 0, p.stem) for p in files]

    def windows_dir(self) -> Path | None:
        if not self.system or sys.platform != "win32":
            return None
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        return folder if folder.is_dir() else None

    def role_face(self, role: str) -> FontFace | None:
        windows = self.windows_dir()
        if windows is not None:
            for name in WINDOWS_FILES[role]:
                face = _load(FontFile(windows / name, 0, Path(name).stem))
                if face is not None:
                    return face
        for wanted in FAMILIES[role]:
            for font in _fontconfig_zh() if self.system else []:
                families = [f.strip().lower() for f in font.family.split(",")]
                if wanted.lower() in families:
                    face = _load(font)
                    if face is not None:
                        return face
        return None

    def general(self) -> FontFace | None:
        """The first usable CJK TrueType font: bundled first, then the system's."""
        candidates: list[FontFile] = list(self.bundled())
        windows = self.windows_dir()
        if windows is not None:
            candidates += [FontFile(windows / n, 0, Path(n).stem) for n in WINDOWS_GENERAL]
        if self.system:
            candidates += [FontFile(Path(p), 0, Path(p).stem) for p in KNOWN_PATHS]
            candidates += _fontconfig_zh()
        for font in candidates:
            face = _load(font)
            if face is not None and all(face.covers(c) for c in _PROBE):
                return face
        return None

    def face_for_char(self, ch: str) -> FontFace | None:
        candidates: list[FontFile] = list(self.bundled())
        windows = self.windows_dir()
        if windows is not None:
            candidates += [FontFile(windows / n, 0, Path(n).stem) for n in WINDOWS_RARE]
        if self.system:
            candidates += _fontconfig_char(ord(ch))
        for font in candidates:
            face = _load(font)
            if face is not None and face.covers(ch):
                return face
        return None


def _is_truetype(path: Path, index: int) -> bool:
    """True when the sfnt (or the TTC member) has TrueType ``glyf`` outlines, not CFF."""
    try:
        with path.open("rb") as f:
            head = f.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                f.seek(12 + 4 * index)
                (offset,) = struct.unpack(">I", f.read(4))
                f.seek(offset)
                head = f.read(12)
            if len(head) < 12:
                return False
            (num_tables,) = struct.unpack(">H", head[4:6])
            directory = f.read(16 * num_tables)
    except (OSError, struct.error):
        return False
    tags = {directory[i : i + 4] for i in range(0, len(directory), 16)}
    return b"glyf" in tags and b"CFF " not in tags


@cache
def _load_cached(path: str, index: int, mtime: float) -> FontFace | None:
    p = Path(path)
    if not _is_truetype(p, index):
        return None
    name = "EvalDesk-" + hashlib.sha256(f"{path}#{index}".encode()).hexdigest()[:10]
    try:
        ttf = TTFont(name, path, subfontIndex=index)
    except (TTFError, OSError, ValueError, struct.error) as exc:
        log.info("font %s#%d unusable: %s", path, index, exc)
        return None
    pdfmetrics.registerFont(ttf)
    face_family = ttf.face.familyName
    if isinstance(face_family, bytes):
        face_family = face_family.decode("latin-1", "replace")
    family = str(face_family)
    return FontFace(name, family, FontFile(p, index, family), frozenset(ttf.face.charToGlyph))


def _load(font: FontFile) -> FontFace | None:
    try:
        mtime = font.path.stat().st_mtime
    except OSError:
        return None
    return _load_cached(str(font.path.resolve()), font.index, mtime)


def _fc_list(pattern: str) -> list[FontFile]:
    exe = shutil.which("fc-list")
    if exe is None:
        return []
    try:
        out = subprocess.run(
            [exe, "--format", "%{file}|%{index}|%{family}|%{fontformat}\n", pattern],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    # Regular faces first: a fallback glyph should not come out bold or slanted.
    lines = sorted(
        set(out.splitlines()),
        key=lambda ln: (any(w in ln for w in ("Bold", "Oblique", "Italic", "Light")), ln),
    )
    for line in lines:
        parts = line.split("|")
        if len(parts) != 4 or parts[3].strip() not in ("TrueType", ""):
            continue
        try:
            index = int(parts[1] or 0)
        except ValueError:
            continue
        found.append(FontFile(Path(parts[0]), index, parts[2]))
    return found


@cache
def _fontconfig_zh() -> list[FontFile]:
    return _fc_list(":lang=zh")


@cache
def _fontconfig_char(codepoint: int) -> list[FontFile]:
    return _fc_list(f":charset={codepoint:x}")


def chars_of(texts: Iterable[str]) -> set[str]:
    return {ch for t in texts for ch in t}
