using Microsoft.EntityFrameworkCore;
using Usta.Media.Library;
using Usta.Media.References;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Media;

namespace Usta.Media;

public sealed class MediaDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var file = modelBuilder.Entity<MediaFileRecord>();
        file.ToTable("MediaFile");
        file.HasKey(x => x.Id);
        file.Property(x => x.Path).HasMaxLength(MediaPath.MaxLength).IsRequired();
        file.Property(x => x.Folder).HasMaxLength(MediaPath.MaxLength).IsRequired();
        file.Property(x => x.Name).HasMaxLength(MediaPath.MaxSegmentLength).IsRequired();
        file.Property(x => x.Extension).HasMaxLength(16).IsRequired();
        file.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
        file.Property(x => x.AltText).HasMaxLength(1000).IsRequired();
        file.Property(x => x.UploadedBy).HasMaxLength(256).IsRequired();
        file.Ignore(x => x.IsImage);
        file.HasIndex(x => x.Path).IsUnique();
        // A folder's page and a search by name within it read this index, whatever the folder's size.
        file.HasIndex(x => new { x.Folder, x.Name });

        var folder = modelBuilder.Entity<MediaFolderRecord>();
        folder.ToTable("MediaFolder");
        folder.HasKey(x => x.Id);
        folder.Property(x => x.Path).HasMaxLength(MediaPath.MaxLength).IsRequired();
        folder.Property(x => x.Parent).HasMaxLength(MediaPath.MaxLength).IsRequired();
        folder.Property(x => x.Name).HasMaxLength(MediaPath.MaxSegmentLength).IsRequired();
        folder.HasIndex(x => x.Path).IsUnique();
        folder.HasIndex(x => new { x.Parent, x.Name });

        var reference = modelBuilder.ContentIndexTable<MediaReferenceIndex>("MediaReferenceIndex");
        reference.Property(x => x.Path).HasMaxLength(MediaPath.MaxLength).IsRequired();
        reference.HasIndex(x => x.Path);
    }
}
