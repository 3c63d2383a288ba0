using UstaOrchard.IntegrationTests.Host.Hostile;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>
/// The hostile suite's bad values thrown at the query and path of real media files (the suite's own
/// site has none): every answer passes its checks (no 500, no stack trace, a Vietnamese page).
/// </summary>
[Collection(MediaSite.Name)]
public sealed class MediaHostileQueryTests(ServedMediaFixture site)
{
    [Fact]
    public async Task BadValues_InEveryParameterAndThePath_AreAnsweredProperly()
    {
        await site.PutAsync("hostile/anh.jpg", TestImages.TwoHalves(400, 200));
        await site.PutAsync("hostile/tai-lieu.pdf", "%PDF-1.4"u8.ToArray());
        var urls = new List<string>();
        foreach (var value in BadValues.Encoded)
        {
            foreach (var file in new[] { "hostile/anh.jpg", "hostile/tai-lieu.pdf" })
            {
                urls.Add($"/media/{file}?w={value}");
                urls.Add($"/media/{file}?w=320&format={value}");
                urls.Add($"/media/{file}?v={value}");
                urls.Add($"/media/{file}?{value}=1");
            }
            // A NUL in the path is refused by Kestrel itself with an empty 400 (README, KestrelLimitsTests).
            if (value.Contains("%00")) continue;
            urls.Add($"/media/hostile/{value}");
            urls.Add($"/media/{value}/anh.jpg");
        }
        var encodesBefore = site.Derivatives.EncodeCount;

        var problems = new List<string>();
        foreach (var url in urls.Distinct())
        {
            using var response = await site.Client.GetAsync(url);
            problems.AddRange(await ResponseChecks.ProblemsAsync("GET " + url, response));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        // Only the one offered width asked for made a file; no bad value made another.
        Assert.InRange(site.Derivatives.EncodeCount - encodesBefore, 0, 1);
    }
}
