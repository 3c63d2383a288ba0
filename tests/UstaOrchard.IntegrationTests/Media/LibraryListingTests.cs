using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Media.Library;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>A folder of 10,000 files pages and searches from the index table, not from the disk.</summary>
public class LibraryListingTests(MediaSiteFixture site) : IClassFixture<MediaSiteFixture>
{
    private const string Folder = "nhieu-tep";

    private async Task SeedAsync()
    {
        await site.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            if (await db.Set<MediaFolderRecord>().AnyAsync(x => x.Path == Folder)) return true;
            db.Set<MediaFolderRecord>().Add(new MediaFolderRecord { Path = Folder, Name = Folder });
            // Rows only: none of these files is on the disk, so whatever lists them read the table.
            db.Set<MediaFileRecord>().AddRange(Enumerable.Range(1, 10_000).Select(i => new MediaFileRecord
            {
                Path = $"{Folder}/anh-{i:D5}.jpg", Folder = Folder, Name = $"anh-{i:D5}.jpg", Extension = "jpg",
                ContentType = "image/jpeg", Length = 1000 + i, UploadedUtc = DateTime.UtcNow,
            }));
            await db.SaveChangesAsync();
            return true;
        });
    }

    [Fact]
    public async Task AFolderOf10000Files_ShowsOnePageAtATime()
    {
        await SeedAsync();
        var client = await site.SignedInAsync("Editor");

        var page = await client.GetDocumentAsync($"/Admin/Media?folder={Folder}&trang=3");

        Assert.Equal("Thư mục có 10000 tệp.", page.Text("[data-test=file-count]"));
        var names = page.Texts("#media-files [data-test=file-link]");
        Assert.Equal(MediaQueries.PageSize, names.Count);
        Assert.Equal("anh-00081.jpg", names[0]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("251")]
    [InlineData("abc")]
    public async Task APageOutOfRange_Is404(string trang)
    {
        await SeedAsync();
        var client = await site.SignedInAsync("Editor");

        await client.GetDocumentAsync($"/Admin/Media?folder={Folder}&trang={trang}", System.Net.HttpStatusCode.NotFound);
        await client.GetDocumentAsync($"/Admin/Media?folder={Folder}&trang=250");
    }

    [Fact]
    public async Task SearchByName_FindsAcrossTheWholeFolder()
    {
        await SeedAsync();
        var client = await site.SignedInAsync("Editor");

        var page = await client.GetDocumentAsync($"/Admin/Media?folder={Folder}&q=Ảnh 0999");

        Assert.Equal(["anh-09990.jpg", "anh-09991.jpg", "anh-09992.jpg", "anh-09993.jpg", "anh-09994.jpg", "anh-09995.jpg",
            "anh-09996.jpg", "anh-09997.jpg", "anh-09998.jpg", "anh-09999.jpg"], page.Texts("#media-files [data-test=file-link]"));
    }

    [Fact]
    public async Task ThePageQuery_ReadsTheFolderNameIndex()
    {
        await SeedAsync();
        var plan = await site.Factory.InScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<MediaQueries>();
            var sql = queries.FilesQuery(Folder, "").OrderBy(x => x.Name).Skip(80).Take(MediaQueries.PageSize).ToQueryString();
            var db = sp.GetRequiredService<UstaDbContext>();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            // The parameters ToQueryString declares in front of the statement become literals here.
            command.CommandText = "EXPLAIN QUERY PLAN " + Inline(sql);
            var rows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(3));
            return string.Join("\n", rows);
        });

        Assert.Contains("USING INDEX IX_MediaFile_Folder_Name", plan);
        Assert.DoesNotContain("USE TEMP B-TREE", plan);
    }

    private static string Inline(string sql)
    {
        var lines = sql.Split('\n');
        var statement = string.Join('\n', lines.SkipWhile(l => l.StartsWith(".param")));
        foreach (var line in lines.TakeWhile(l => l.StartsWith(".param")))
        {
            var parts = line.Split(' ', 4);
            statement = statement.Replace(parts[2], parts[3].Trim());
        }
        return statement;
    }
}
