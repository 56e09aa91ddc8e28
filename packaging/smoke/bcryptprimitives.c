/* TEST ONLY - never shipped. Debian 12's Wine 8.0 has no bcryptprimitives.dll, which every Go >= 1.22
 * Windows program loads at start for ProcessPrng. This stand-in exports ProcessPrng on top of
 * RtlGenRandom (advapi32!SystemFunction036); make smoke-dist copies it into its throw-away Wine prefix. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}
