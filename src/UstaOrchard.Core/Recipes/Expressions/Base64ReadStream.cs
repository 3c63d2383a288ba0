namespace UstaOrchard.Core.Recipes.Expressions;

/// <summary>
/// The bytes of a base64 text, decoded as they are read: a large file given as <c>Base64</c> in a
/// recipe is written to the store without a second copy in memory. Whitespace is skipped (as
/// <see cref="Convert.FromBase64String(string)"/> does); more than <c>limit</c> bytes throw
/// <see cref="BoundedDecoding.TooLargeException"/>, a bad character <see cref="FormatException"/>.
/// </summary>
public sealed class Base64ReadStream(string text, long limit) : Stream
{
    private const int CharsPerChunk = 4 * 16 * 1024;
    private readonly char[] _chars = new char[CharsPerChunk];
    private readonly byte[] _bytes = new byte[CharsPerChunk / 4 * 3];
    private int _textPosition;
    private int _start;
    private int _end;
    private long _decoded;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _decoded - (_end - _start); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length == 0) return 0;
        if (_start == _end && !Fill()) return 0;
        var n = Math.Min(buffer.Length, _end - _start);
        _bytes.AsSpan(_start, n).CopyTo(buffer);
        _start += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // A full chunk holds a multiple of four characters, so it decodes on its own; only the last may carry '='.
    private bool Fill()
    {
        var count = 0;
        while (count < _chars.Length && _textPosition < text.Length)
        {
            var c = text[_textPosition++];
            if (c is not (' ' or '\t' or '\r' or '\n')) _chars[count++] = c;
        }
        if (count == 0) return false;
        if (!Convert.TryFromBase64Chars(_chars.AsSpan(0, count), _bytes, out var written)) throw new FormatException("not base64");
        _decoded += written;
        if (_decoded > limit) throw new BoundedDecoding.TooLargeException(limit);
        _start = 0;
        _end = written;
        return true;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
