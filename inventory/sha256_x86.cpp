// SHA-256 with the x86 SHA extensions (SHA-NI), following Intel's "New Instructions
// Supporting the Secure Hash Algorithm on Intel Architecture Processors" (2013). The state is
// kept as the instructions want it: ABEF in one register, CDGH in the other.
#include "inventory/sha256_blocks.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace upgrade_risk::inventory {

#if defined(__x86_64__) || defined(__i386__)

bool sha256_x86_available() {
    // CPUID rather than __builtin_cpu_supports, which clang 14 does not know "sha" for.
    unsigned eax = 0;
    unsigned ebx = 0;
    unsigned ecx = 0;
    unsigned edx = 0;
    if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) == 0) return false;
    const bool ssse3_and_sse41 = (ecx & bit_SSSE3) != 0 && (ecx & bit_SSE4_1) != 0;
    if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) == 0) return false;
    return ssse3_and_sse41 && (ebx & bit_SHA) != 0;
}

__attribute__((target("sha,sse4.1"))) void sha256_blocks_x86(Sha256State& state,
                                                              const unsigned char* data,
                                                              std::size_t blocks) {
    // Message words are big-endian: this shuffle swaps the bytes of each 32-bit lane.
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    auto* const state_words = reinterpret_cast<__m128i*>(state.data());
    const __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128(state_words), 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128(state_words + 1), 0x1B);
    __m128i abef = _mm_alignr_epi8(dcba, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, dcba, 0xF0);
    const auto* constants = reinterpret_cast<const __m128i*>(kSha256RoundConstants.data());
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abef_before = abef;
        const __m128i cdgh_before = cdgh;
        // message[g % 4] holds words 4g..4g+3 of the schedule while group g of four rounds runs.
        __m128i message[4];
        // Unrolled, message[] stays in registers: about 15% faster.
#pragma GCC unroll 16
        for (int group = 0; group < 16; ++group) {
            __m128i& words = message[group % 4];
            if (group < 4) {
                const auto* block = reinterpret_cast<const __m128i*>(data);
                words = _mm_shuffle_epi8(_mm_loadu_si128(block + group), byte_swap);
            } else {
                const __m128i& last = message[(group + 3) % 4];
                const __m128i& before_last = message[(group + 2) % 4];
                words = _mm_sha256msg2_epu32(
                    _mm_add_epi32(_mm_sha256msg1_epu32(words, message[(group + 1) % 4]),
                                  _mm_alignr_epi8(last, before_last, 4)),
                    last);
            }
            __m128i input = _mm_add_epi32(words, _mm_loadu_si128(constants + group));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, input);
            input = _mm_shuffle_epi32(input, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, input);
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(state_words, _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(state_words + 1, _mm_alignr_epi8(dchg, feba, 8));
}

#else

bool sha256_x86_available() { return false; }

void sha256_blocks_x86(Sha256State& state, const unsigned char* data, std::size_t blocks) {
    sha256_blocks_portable(state, data, blocks);
}

#endif

}  // namespace upgrade_risk::inventory
