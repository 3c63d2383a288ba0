using System.Net.Sockets;
using System.Text;

namespace UstaOrchard.IntegrationTests.Infrastructure;

public sealed record RawResponse(int Status, string Head, string Body)
{
    public bool HasHeader(string name) => Head.Split("\r\n").Any(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Requests written byte by byte to a real Kestrel: HttpClient refuses to send a NUL in a path or
/// a 200 KB header, and the in-memory TestServer never parses a request line at all.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, string requestLineTarget, string method = "GET", string? extraHeaders = null, string host = "localhost")
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = $"{method} {requestLineTarget} HTTP/1.1\r\nHost: {host}\r\n{extraHeaders}Connection: close\r\n\r\n";
        var bytes = Encoding.Latin1.GetBytes(request);
        try
        {
            await stream.WriteAsync(bytes);
        }
        catch (IOException)
        {
            // Kestrel may answer and close before it has read all of an oversized request.
        }
        using var reader = new MemoryStream();
        try
        {
            await stream.CopyToAsync(reader);
        }
        catch (IOException)
        {
            // A reset after the answer: what was read is the answer.
        }
        var text = Encoding.UTF8.GetString(reader.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var status = int.Parse(head.Split(' ')[1]);
        return new RawResponse(status, head, split < 0 ? "" : text[(split + 4)..]);
    }
}
