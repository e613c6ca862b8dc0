using System.Runtime.Intrinsics;
using NewsNlp.Models;

namespace NewsNlp.Tests.Models;

/// <summary>
/// The tagger's vector exponential must give MathF.Exp's bits exactly (its decoding depends on them). Every float was
/// compared once, offline (all 2^32 bit patterns, no difference on Linux x64 with FMA); this samples them, and covers the
/// lanes that leave the fast path.
/// </summary>
public sealed class ExpSingleTests
{
    [Fact]
    public void Exp_SampledFloats_SameBitsAsMathFExp()
    {
        // A stride prime to 8, so every lane position and every exponent is visited; about two million vectors.
        const uint Stride = 2_053;
        long differences = 0;
        for (ulong bits = 0; bits + 7 < 0x1_0000_0000UL; bits += Stride)
        {
            uint b = (uint)bits;
            Vector256<float> x = Vector256.Create(b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7).AsSingle();
            differences += Differences(x);
        }

        Assert.Equal(0, differences);
    }

    [Fact]
    public void Exp_LanesOffTheFastPath_SameBitsAsMathFExp()
    {
        // Zero, the edges of the fast path (|x| near 88), underflow, overflow, infinities and NaN, mixed with ordinary lanes.
        float[] special = [0f, -0f, 88f, -88f, 87.99f, -87.99f, 88.72f, -103.9f, -104f, -150f, 89f, float.PositiveInfinity, float.NegativeInfinity, float.NaN, -1e-30f, 1e-30f];
        for (int at = 0; at + 8 <= special.Length; at++)
        {
            Assert.Equal(0, Differences(Vector256.Create<float>(special.AsSpan(at, 8))));
            Assert.Equal(0, Differences(Vector256.Create<float>(special.AsSpan(at, 8)).WithElement(3, -2.5f)));
        }
    }

    private static int Differences(Vector256<float> x)
    {
        Vector256<float> exp = ExpSingle.Exp(x);
        int differences = 0;
        for (int k = 0; k < Vector256<float>.Count; k++)
        {
            float expected = MathF.Exp(x.GetElement(k));
            float actual = exp.GetElement(k);
            if (BitConverter.SingleToInt32Bits(expected) != BitConverter.SingleToInt32Bits(actual) && !(float.IsNaN(expected) && float.IsNaN(actual)))
            {
                differences++;
            }
        }

        return differences;
    }
}
