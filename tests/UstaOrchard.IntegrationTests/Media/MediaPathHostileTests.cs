using System.Net;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>
/// Hostile paths sent as raw bytes to Kestrel: none reaches a file outside the media root (the
/// database beside it, the store's own .tmp and .staging folders); a refused path gets 400 with the
/// reason in Vietnamese.
/// </summary>
[Collection(MediaSite.Name)]
public sealed class MediaPathHostileTests(ServedMediaFixture site)
{
    [Theory]
    [InlineData("/media/x%2F..%2F..%2Fusta.db", "chứa '%'")]
    [InlineData("/media/..%5C..%5Custa.db", "chứa dấu '\\'")]
    [InlineData("/media/a\\..\\..\\usta.db", "chứa dấu '\\'")]
    [InlineData("/media/C:/Windows/win.ini", "là đường dẫn tuyệt đối")]
    [InlineData("/media/~/usta.db", "là đường dẫn tuyệt đối")]
    [InlineData("/media/.tmp/bi-mat.txt", "bắt đầu bằng '.'")]
    [InlineData("/media/.staging/bi-mat.txt", "bắt đầu bằng '.'")]
    [InlineData("/media/anh/.cache/x.jpg", "bắt đầu bằng '.'")]
    [InlineData("/media/anh.jpg.", "kết thúc bằng dấu chấm")]
    public async Task RefusedPath_Is400_WithTheReason(string target, string reason)
    {
        await PlantSecretsAsync();
        var response = await RawHttp.SendAsync(site.Address, target);
        Assert.Equal(400, response.Status);
        Assert.Contains("Đường dẫn tệp media", response.Body);
        Assert.Contains(reason, WebUtility.HtmlDecode(response.Body));
        AssertNoSecret(response);
    }

    [Theory]
    [InlineData("/media/../usta.db")]
    [InlineData("/media/%2e%2e/usta.db")]
    [InlineData("/media/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/media/anh/../../usta.db")]
    [InlineData("/media//etc/passwd")]
    [InlineData("/media/%00")]
    [InlineData("/media/a\0b.jpg")]
    [InlineData("/media/%C0%AE%C0%AE/usta.db")]
    [InlineData("//media/../../usta.db")]
    public async Task PathThatNormalisesOutsideMedia_NeverServesAFile(string target)
    {
        await PlantSecretsAsync();
        var response = await RawHttp.SendAsync(site.Address, target);
        Assert.NotEqual(200, response.Status);
        Assert.InRange(response.Status, 301, 404);
        AssertNoSecret(response);
    }

    // Files a traversal would want: the site's database beside the media root, and the store's own work folders.
    private async Task PlantSecretsAsync()
    {
        var root = Path.Combine(site.Factory.DataPath, "Media");
        foreach (var folder in new[] { ".tmp", ".staging" })
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
            await File.WriteAllTextAsync(Path.Combine(root, folder, "bi-mat.txt"), "BI-MAT-CUA-HE-THONG");
        }
    }

    private static void AssertNoSecret(RawResponse response)
    {
        Assert.DoesNotContain("SQLite format", response.Body);
        Assert.DoesNotContain("BI-MAT-CUA-HE-THONG", response.Body);
        Assert.DoesNotContain("root:", response.Body);
    }
}
