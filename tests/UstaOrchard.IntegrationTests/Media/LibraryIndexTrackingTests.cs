using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Media;
using Usta.Media.Library;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Media;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>
/// The library's index handler saves each file's row and then forgets it: a Media step notifies its
/// files one at a time into one context, and rows kept tracked made every save compare all of them.
/// </summary>
[Collection(MediaSite.Name)]
public sealed class LibraryIndexTrackingTests(ServedMediaFixture site)
{
    [Fact]
    public async Task Written_files_are_saved_and_not_kept_tracked()
    {
        var paths = new[] { "theo-doi/a/mot.jpg", "theo-doi/a/hai.jpg", "theo-doi/b/ba.jpg" };
        foreach (var path in paths)
            await site.Store.WriteAsync(path, new MemoryStream(TestImages.TwoHalves(40, 30)), overwrite: true);

        var (tracked, rows, folders) = await site.Factory.InScopeAsync(async sp =>
        {
            var changes = sp.GetRequiredService<MediaChanges>();
            foreach (var path in paths)
                await changes.NotifyAsync(new MediaChange(MediaChangeKind.Written, path), CancellationToken.None);
            var db = sp.GetRequiredService<UstaDbContext>();
            var tracked = db.ChangeTracker.Entries().Count(e => e.Entity is MediaFileRecord or MediaFolderRecord);
            var rows = await db.Set<MediaFileRecord>().AsNoTracking().Where(x => x.Path.StartsWith("theo-doi/"))
                .OrderBy(x => x.Path).Select(x => new { x.Path, x.Width, x.Height }).ToListAsync();
            var folders = await db.Set<MediaFolderRecord>().AsNoTracking().Where(x => x.Path.StartsWith("theo-doi"))
                .OrderBy(x => x.Path).Select(x => x.Path).ToListAsync();
            return (tracked, rows.Select(r => $"{r.Path} {r.Width}x{r.Height}").ToList(), folders);
        });

        Assert.Equal(0, tracked);
        Assert.Equal(["theo-doi/a/hai.jpg 40x30", "theo-doi/a/mot.jpg 40x30", "theo-doi/b/ba.jpg 40x30"], rows);
        Assert.Equal(["theo-doi", "theo-doi/a", "theo-doi/b"], folders);
    }
}
