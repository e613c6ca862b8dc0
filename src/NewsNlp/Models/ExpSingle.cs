using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsNlp.Models;

/// <summary>
/// Eight single-precision exponentials at once, bit for bit what <see cref="MathF.Exp"/> gives on Linux x64 with FMA:
/// the steps of glibc's <c>expf</c> (<c>sysdeps/ieee754/flt-32/e_expf.c</c>, its <c>__expf_fma</c> build, which .NET calls
/// there) in the same order, with the same fused multiply-adds and the same constants and table (read out of glibc
/// 2.36's <c>__exp2f_data</c>). The MEMM's softmax needs seven exponentials per scored token, and seven calls into
/// the C library cost more than one vector of the same arithmetic; its scores must not change, so an approximation
/// would not do. Anything the fast path of <c>expf</c> does not cover (|x| ≥ 88, infinities, NaN), and any machine
/// without AVX2 and FMA or not running Linux, goes through <see cref="MathF.Exp"/> itself.
/// </summary>
internal static class ExpSingle
{
    // __exp2f_data.tab: 2^(i/32) as doubles, less i << 47 (the exponent bits the scaled integer part adds back).
    private static readonly ulong[] s_table =
    [
        0x3ff0000000000000, 0x3fefd9b0d3158574, 0x3fefb5586cf9890f, 0x3fef9301d0125b51,
        0x3fef72b83c7d517b, 0x3fef54873168b9aa, 0x3fef387a6e756238, 0x3fef1e9df51fdee1,
        0x3fef06fe0a31b715, 0x3feef1a7373aa9cb, 0x3feedea64c123422, 0x3feece086061892d,
        0x3feebfdad5362a27, 0x3feeb42b569d4f82, 0x3feeab07dd485429, 0x3feea47eb03a5585,
        0x3feea09e667f3bcd, 0x3fee9f75e8ec5f74, 0x3feea11473eb0187, 0x3feea589994cce13,
        0x3feeace5422aa0db, 0x3feeb737b0cdc5e5, 0x3feec49182a3f090, 0x3feed503b23e255d,
        0x3feee89f995ad3ad, 0x3feeff76f2fb5e47, 0x3fef199bdd85529c, 0x3fef3720dcef9069,
        0x3fef5818dcfba487, 0x3fef7c97337b9b5f, 0x3fefa4afa2a490da, 0x3fefd0765b6e4540,
    ];

    // __exp2f_data.invln2_scaled (32 / ln 2), .poly_scaled and .shift (0x1.8p52: adding it rounds to an integer).
    private static readonly double s_invLn2Scaled = BitConverter.UInt64BitsToDouble(0x40471547652b82fe);
    private static readonly double s_c0 = BitConverter.UInt64BitsToDouble(0x3ebc6af84b912394);
    private static readonly double s_c1 = BitConverter.UInt64BitsToDouble(0x3f2ebfce50fac4f3);
    private static readonly double s_c2 = BitConverter.UInt64BitsToDouble(0x3f962e42ff0c52d6);
    private static readonly double s_shift = BitConverter.UInt64BitsToDouble(0x4338000000000000);

    // expf takes its fast path while the top 12 bits of |x| are at most those below 88.0f's.
    private const uint LastFastTop = 0x42a;

    /// <summary>Whether <see cref="Exp"/> computes in vectors here, rather than one <see cref="MathF.Exp"/> per lane.</summary>
    public static bool IsVectorized { get; } = OperatingSystem.IsLinux() && Avx2.IsSupported && Fma.IsSupported;

    /// <summary>exp(x) in each lane, the same bits as <see cref="MathF.Exp"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Exp(Vector256<float> x)
    {
        if (IsVectorized)
        {
            Vector256<uint> top = (x.AsUInt32() >> 20) & Vector256.Create(0x7ffu);
            if (Vector256.LessThanOrEqualAll(top, Vector256.Create(LastFastTop)))
            {
                Vector128<float> low = FastPath(Avx.ConvertToVector256Double(x.GetLower()));
                Vector128<float> high = FastPath(Avx.ConvertToVector256Double(x.GetUpper()));
                return Vector256.Create(low, high);
            }
        }

        return EachLane(x);
    }

    /// <summary>The fast path of expf on four lanes widened to double, rounded back to single as its last step does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> FastPath(Vector256<double> xd)
    {
        Vector256<double> shift = Vector256.Create(s_shift);
        Vector256<double> invLn2 = Vector256.Create(s_invLn2Scaled);

        // x·32/ln2 = k + r, k an integer (rounded to nearest by the shift), r in [-1/2, 1/2].
        Vector256<double> kd = Fma.MultiplyAdd(invLn2, xd, shift);
        Vector256<ulong> ki = kd.AsUInt64();
        kd -= shift;
        Vector256<double> r = Fma.MultiplySubtract(invLn2, xd, kd);

        // 2^(k/32) from the table and the exponent bits, times a cubic in r for 2^(r/32).
        Vector256<ulong> index = ki & Vector256.Create(31ul);
        Vector256<ulong> t = Vector256.Create(
            s_table[(int)index.GetElement(0)], s_table[(int)index.GetElement(1)], s_table[(int)index.GetElement(2)], s_table[(int)index.GetElement(3)]);
        Vector256<double> s = (t + (ki << 47)).AsDouble();
        Vector256<double> z = Fma.MultiplyAdd(r, Vector256.Create(s_c0), Vector256.Create(s_c1));
        Vector256<double> r2 = r * r;
        Vector256<double> y = Fma.MultiplyAdd(r, Vector256.Create(s_c2), Vector256.Create(1.0));
        y = Fma.MultiplyAdd(z, r2, y);
        return Avx.ConvertToVector128Single(y * s);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector256<float> EachLane(Vector256<float> x)
    {
        Span<float> lanes = stackalloc float[Vector256<float>.Count];
        for (int k = 0; k < lanes.Length; k++)
        {
            lanes[k] = MathF.Exp(x.GetElement(k));
        }

        return Vector256.Create<float>(lanes);
    }
}
