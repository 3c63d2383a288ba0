using Microsoft.AspNetCore.Http;

namespace UstaOrchard.Core.Caching;

/// <summary>
/// Tells cookies the page set from cookies an outer middleware adds when the response starts (the
/// visitor counter's): the cache keeps the response headers it saw at the page's first write, so an
/// outer cookie added after that is not stored, one added before it would be. Installed under the
/// output cache's body stream, it sees the page's first write after the cache took its copy of the
/// headers; a start callback registered after the outer middleware's runs before it and counts the page's cookies.
/// </summary>
internal sealed class ResponseStartWatch : Stream
{
    private readonly Stream _inner;

    private ResponseStartWatch(Stream inner) => _inner = inner;

    /// <summary>Set-Cookie values present when the response started; -1 while it has not.</summary>
    public int CookiesAtStart { get; private set; } = -1;

    /// <summary>Whether the cache had copied the headers when the response started.</summary>
    public bool CopiedBeforeStart { get; private set; }

    private bool _written;

    public static ResponseStartWatch Install(HttpContext http)
    {
        var watch = new ResponseStartWatch(http.Response.Body);
        http.Response.Body = watch;
        http.Response.OnStarting(() =>
        {
            watch.CookiesAtStart = http.Response.Headers.SetCookie.Count;
            watch.CopiedBeforeStart = watch._written;
            return Task.CompletedTask;
        });
        return watch;
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() => _inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        _written = true;
        _inner.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _written = true;
        _inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        _written = true;
        return _inner.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _written = true;
        return _inner.WriteAsync(buffer, cancellationToken);
    }
}
