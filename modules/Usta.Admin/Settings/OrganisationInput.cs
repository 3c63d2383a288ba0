using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Settings;

namespace Usta.Admin.Settings;

/// <summary>The organisation tab's form: the footer's names, people and contacts.</summary>
public sealed partial class OrganisationInput
{
    public const int MaxEditors = 20;

    [Required(ErrorMessage = "Enter the organisation's Vietnamese name.")]
    [StringLength(200, ErrorMessage = "The Vietnamese name is at most {1} characters.")]
    public string? NameVi { get; set; }

    [StringLength(200, ErrorMessage = "The English name is at most {1} characters.")]
    public string? NameEn { get; set; }

    [StringLength(200, ErrorMessage = "The chief's name is at most {1} characters.")]
    public string? Chief { get; set; }

    [StringLength(4000, ErrorMessage = "The editors are at most {1} characters.")]
    public string? Editors { get; set; }

    [StringLength(300, ErrorMessage = "The address is at most {1} characters.")]
    public string? Address { get; set; }

    [StringLength(50, ErrorMessage = "The phone number is at most {1} characters.")]
    public string? Phone { get; set; }

    [StringLength(254, ErrorMessage = "The e-mail address is at most {1} characters.")]
    public string? Email { get; set; }

    [StringLength(1000, ErrorMessage = "The licence text is at most {1} characters.")]
    public string? LicenceText { get; set; }

    public static OrganisationInput From(OrganisationSettings o) => new()
    {
        NameVi = o.NameVi,
        NameEn = o.NameEn,
        Chief = o.Chief,
        Editors = string.Join('\n', o.Editors),
        Address = o.Address,
        Phone = o.Phone,
        Email = o.Email,
        LicenceText = o.LicenceText,
    };

    public IReadOnlyList<string> EditorLines()
        => (Editors ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>What the attributes cannot say: phone characters, e-mail form, editor lines. Field name and message.</summary>
    public IEnumerable<(string Field, string Message)> Check(IStringLocalizer S)
    {
        if (!string.IsNullOrWhiteSpace(Phone) && !PhoneText().IsMatch(Phone.Trim()))
            yield return (nameof(Phone), S["The phone number may hold only digits, spaces and + . - ( ) /, for example (0251) 3822 393."]);
        if (!string.IsNullOrWhiteSpace(Email) && !EmailText().IsMatch(Email.Trim()))
            yield return (nameof(Email), S["The e-mail address is not valid (for example lienhiephoi@dongnai.gov.vn)."]);
        var editors = EditorLines();
        if (editors.Count > MaxEditors)
            yield return (nameof(Editors), S["At most {0} editors, one a line.", MaxEditors]);
        if (editors.Any(e => e.Length > 200))
            yield return (nameof(Editors), S["Each editor's line is at most {0} characters.", 200]);
    }

    public void ApplyTo(OrganisationSettings o)
    {
        o.NameVi = NameVi!.Trim();
        o.NameEn = NameEn?.Trim() ?? "";
        o.Chief = Clean(Chief);
        o.Editors = [.. EditorLines()];
        o.Address = Clean(Address);
        o.Phone = Clean(Phone);
        o.Email = Clean(Email);
        o.LicenceText = Clean(LicenceText);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // At least one digit; the rest what Vietnamese numbers are written with. No letters: "tel:" links must work.
    [GeneratedRegex(@"^(?=.*\d)[0-9 +.\-()/]+$")]
    private static partial Regex PhoneText();

    // One @, no spaces or angle brackets, a dot in the domain: what a mailto: link and a reader both need.
    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>"".]{2,}$")]
    private static partial Regex EmailText();
}
