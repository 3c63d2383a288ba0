using UstaOrchard.Core.Contents;

namespace Usta.Bulletins;

/// <summary>"Bản tin số N": one issue of the association's bulletin.</summary>
public sealed class BulletinPart : ContentPart
{
    public int Number { get; set; }
    public int Year { get; set; }
    public DateTime? IssueDate { get; set; }
    public string? Summary { get; set; }
    public MediaField Cover { get; set; } = new();

    /// <summary>The printed issue as a PDF, a media path.</summary>
    public MediaField Pdf { get; set; } = new();

    /// <summary>The articles in the issue, in printed order.</summary>
    public ContentPickerField Articles { get; set; } = new();
}
