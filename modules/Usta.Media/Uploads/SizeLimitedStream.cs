namespace Usta.Media.Uploads;

public sealed class UploadTooLargeException() : Exception("The upload is larger than the configured limit.");

/// <summary>
/// Reads a head already taken from an upload, then the rest of it, and stops with
/// <see cref="UploadTooLargeException"/> past the limit: an upload streams to the store without
/// being held in memory, and a too-large one never becomes a file.
/// </summary>
public sealed class SizeLimitedStream(byte[] head, int headLength, Stream rest, long limit) : Stream
{
    private int _headPosition;
    private long _read;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        int count;
        if (_headPosition < headLength)
        {
            count = Math.Min(buffer.Length, headLength - _headPosition);
            head.AsMemory(_headPosition, count).CopyTo(buffer);
            _headPosition += count;
        }
        else count = await rest.ReadAsync(buffer, ct);
        _read += count;
        if (_read > limit) throw new UploadTooLargeException();
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct)
        => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, default).GetAwaiter().GetResult();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Reads up to <paramref name="buffer"/>'s length from the start of a stream that may return short reads.</summary>
    public static async Task<int> ReadHeadAsync(Stream stream, Memory<byte> buffer, CancellationToken ct)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer[total..], ct);
            if (read == 0) break;
            total += read;
        }
        return total;
    }
}
