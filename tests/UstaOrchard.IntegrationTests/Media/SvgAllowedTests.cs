using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Media;

namespace UstaOrchard.IntegrationTests.Media;

public sealed class SvgAllowedSiteFixture() : MediaSiteFixture(new() { ["Media:AllowSvg"] = "true" });

/// <summary>With Media:AllowSvg an SVG is accepted, and what is stored is the sanitised drawing.</summary>
public class SvgAllowedTests(SvgAllowedSiteFixture site) : IClassFixture<SvgAllowedSiteFixture>
{
    [Fact]
    public async Task Svg_IsStoredSanitised()
    {
        var client = await site.SignedInAsync("Editor");
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><circle r="4" fill="red"/></svg>""";

        var response = await client.UploadAsync("", "Biểu đồ.svg", Encoding.UTF8.GetBytes(svg));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var path = json.RootElement.GetProperty("path").GetString()!;
        Assert.StartsWith("bieu-do", path);
        await using var stored = (await site.Factory.Services.GetRequiredService<IFileStore>().OpenReadAsync(path))!;
        var text = await new StreamReader(stored).ReadToEndAsync();
        Assert.Contains("<circle r=\"4\" fill=\"red\" />", text);
        Assert.DoesNotContain("alert", text);
    }

    [Fact]
    public async Task NotAnSvg_WithTheSvgExtension_IsRefused()
    {
        var client = await site.SignedInAsync("Editor");

        var response = await client.UploadAsync("", "gia.svg", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'gia.svg' không phải là hình vẽ SVG hợp lệ.", await response.Content.ReadAsStringAsync());
    }
}
