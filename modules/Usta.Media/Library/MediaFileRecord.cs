namespace Usta.Media.Library;

/// <summary>A file of the library as its index table keeps it: the library lists and searches this, never the disk.</summary>
public sealed class MediaFileRecord
{
    public int Id { get; set; }
    public string Path { get; set; } = "";
    public string Folder { get; set; } = "";
    public string Name { get; set; } = "";
    public string Extension { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    /// <summary>Offered as the alternative text when the file is chosen in a media field.</summary>
    public string AltText { get; set; } = "";
    public DateTime UploadedUtc { get; set; }
    public string UploadedBy { get; set; } = "";

    public bool IsImage => Width is not null;
}

/// <summary>A folder of the library; the root ("") has no row.</summary>
public sealed class MediaFolderRecord
{
    public int Id { get; set; }
    public string Path { get; set; } = "";
    public string Parent { get; set; } = "";
    public string Name { get; set; } = "";
}
