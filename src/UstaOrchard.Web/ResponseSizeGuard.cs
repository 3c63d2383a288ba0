namespace UstaOrchard.Web;

/// <summary>
/// Caps the size of a text response (HTML, feeds, JSON) at <c>Web:MaxResponseBytes</c> (default
/// 8 MiB). Item texts are limited already; this is the net under every page: a response that
/// grows beyond it is cut off and the connection closed, so a runaway page cannot stream without end.
/// Files (media, PDFs) are not counted.
/// </summary>
public sealed class ResponseSizeGuard(RequestDelegate next, IConfiguration configuration, ILogger<ResponseSizeGuard> logger)
{
    private readonly long _limit = configuration.GetValue<long?>("Web:MaxResponseBytes") is > 0 and var limit ? limit : 8 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var original = context.Response.Body;
        var guarded = new LimitedStream(original, _limit, context, logger);
        context.Response.Body = guarded;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
    }

    private sealed class LimitedStream(Stream inner, long limit, HttpContext context, ILogger logger) : Stream
    {
        private long _written;
        private bool _cut;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct)
            => WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
        {
            if (_cut) return;
            if (IsText() && (_written += buffer.Length) > limit)
            {
                _cut = true;
                logger.LogWarning("Response to {Path} passed {Limit} bytes (Web:MaxResponseBytes) and was cut off", context.Request.Path.Value, limit);
                context.Abort();
                return;
            }
            await inner.WriteAsync(buffer, ct);
        }

        public override void Flush()
        {
            if (!_cut) inner.Flush();
        }

        public override Task FlushAsync(CancellationToken ct) => _cut ? Task.CompletedTask : inner.FlushAsync(ct);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        private bool IsText() => context.Response.ContentType is { } type
            && (type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.Contains("xml", StringComparison.OrdinalIgnoreCase));
    }
}
