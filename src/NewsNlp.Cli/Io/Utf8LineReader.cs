using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsNlp.Cli.Io;

/// <summary>
/// Reads a byte stream line by line ("\n" or "\r\n") and checks each line is valid UTF-8, so that one bad line
/// is reported by its number and the others still go through — a <see cref="StreamReader"/> would silently
/// replace the bad bytes, or fail the whole stream.
/// </summary>
internal static class Utf8LineReader
{
    /// <summary>One line: its 1-based number and its text, or <see langword="null"/> when its bytes are not UTF-8.</summary>
    public readonly record struct Line(long Number, string? Text);

    public static IEnumerable<Line> Read(Stream stream)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var pending = new ArrayBufferWriter<byte>();
        long number = 0;
        bool first = true;
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                int start = 0;
                while (true)
                {
                    int newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                    if (newline < 0)
                    {
                        pending.Write(buffer.AsSpan(start, read - start));
                        break;
                    }

                    pending.Write(buffer.AsSpan(start, newline - start));
                    yield return Decode(++number, pending.WrittenSpan, ref first);
                    pending.ResetWrittenCount();
                    start = newline + 1;
                }
            }

            if (pending.WrittenCount > 0)
            {
                yield return Decode(++number, pending.WrittenSpan, ref first);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Line Decode(long number, ReadOnlySpan<byte> bytes, ref bool first)
    {
        if (first)
        {
            first = false;
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..]; // a byte-order mark is not part of the first line
            }
        }

        if (!bytes.IsEmpty && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        return Utf8.IsValid(bytes) ? new Line(number, Encoding.UTF8.GetString(bytes)) : new Line(number, null);
    }
}
