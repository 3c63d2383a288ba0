using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>A set-up site whose library accepts files up to 256 KB, with helpers to sign in and upload.</summary>
public class MediaSiteFixture : IAsyncLifetime
{
    public const long MaxFileSize = 256 * 1024;
    public const string LimitText = "256 KB";

    public MediaSiteFixture() : this([])
    {
    }

    protected MediaSiteFixture(Dictionary<string, string?> settings)
    {
        settings["Media:MaxFileSize"] = MaxFileSize.ToString();
        Factory = new UstaAppFactory(TestDatabase.Sqlite(), settings: settings);
    }

    public UstaAppFactory Factory { get; }

    public Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A new user with <paramref name="role"/>, signed in on a client of its own.</summary>
    public Task<HttpClient> SignedInAsync(string role) => MediaRequests.SignInAsync(Factory, Factory.CreateBrowser(), role);
}

public static class MediaRequests
{
    public static Task<HttpClient> SignInAsync(UstaAppFactory factory, HttpClient client, string role) => factory.SignInAsync(client, role);

    /// <summary>A new folder under the root for one test's files.</summary>
    public static async Task<string> NewFolderAsync(this HttpClient client)
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..10];
        var page = await client.GetDocumentAsync("/Admin/Media");
        var response = await client.SubmitAsync(page, "create-folder-form", new Dictionary<string, string> { ["Name"] = name }, "/Admin/Media");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return name;
    }

    public static async Task<string> TokenAsync(this HttpClient client, string url = "/Admin/Media", string formId = "upload-form")
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.GetElementById(formId)!;
        return ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
    }

    /// <summary>What the library's script sends: one file, the token in a header.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string folder, string fileName, byte[] content)
    {
        var token = await client.TokenAsync();
        var body = new MultipartFormDataContent { { File(content), "file", fileName } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/Admin/Media/Upload?folder=" + Uri.EscapeDataString(folder)) { Content = body };
        request.Headers.Add("RequestVerificationToken", token);
        request.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        return await client.SendAsync(request);
    }

    /// <summary>What the plain form sends without JavaScript: its token field first, then the files.</summary>
    public static async Task<HttpResponseMessage> PostFilesAsync(this HttpClient client, string action, string token, params (string Name, byte[] Content)[] files)
    {
        var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, content) in files) body.Add(File(content), "files", name);
        return await client.PostAsync(action, body);
    }

    public static byte[] Image(SKEncodedImageFormat format, int width = 40, int height = 30)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(new SKColor(30, 120, 200));
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }

    public static byte[] Jpeg(int width = 40, int height = 30) => Image(SKEncodedImageFormat.Jpeg, width, height);

    public static byte[] Png() => Image(SKEncodedImageFormat.Png);

    /// <summary>A PNG signature and a valid IHDR claiming <paramref name="width"/> × <paramref name="height"/>, then one empty IDAT.</summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        var png = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0]);
        Chunk(png, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        return [.. png];

        static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

        static void Chunk(List<byte> png, string type, byte[] data)
        {
            byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
            png.AddRange(BigEndian(data.Length));
            png.AddRange(typed);
            png.AddRange(BigEndian((int)Crc32(typed)));
        }

        static uint Crc32(byte[] bytes)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in bytes)
            {
                crc ^= b;
                for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
            return ~crc;
        }
    }

    private static ByteArrayContent File(byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return file;
    }
}
