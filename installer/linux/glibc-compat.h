/* Force-included into every C file of the CPython build (installer/linux/oldroot.sh).
 *
 * glibc 2.29 gave exp, exp2, log, log2 and pow new symbol versions; a program compiled against
 * glibc 2.29+ headers then needs GLIBC_2.29 at start, which UOS V20 (glibc 2.28) does not have.
 * The older versions are the same functions with older error handling (errno for domain
 * errors), which CPython's math code checks itself anyway, so the old ones are bound here.
 */
#if defined(__x86_64__)
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver exp2,exp2@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
__asm__(".symver pow,pow@GLIBC_2.2.5");
#elif defined(__aarch64__)
__asm__(".symver exp,exp@GLIBC_2.17");
__asm__(".symver exp2,exp2@GLIBC_2.17");
__asm__(".symver log,log@GLIBC_2.17");
__asm__(".symver log2,log2@GLIBC_2.17");
__asm__(".symver pow,pow@GLIBC_2.17");
#endif
