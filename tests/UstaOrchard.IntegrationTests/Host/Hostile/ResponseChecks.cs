using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace UstaOrchard.IntegrationTests.Host.Hostile;

/// <summary>What every answer to hostile input must be: no 500, no stack trace, Vietnamese, no reflected markup, no foreign link.</summary>
public static partial class ResponseChecks
{
    private static readonly HtmlParser Parser = new();

    public static readonly HashSet<HttpStatusCode> Acceptable =
    [
        HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.MovedPermanently, HttpStatusCode.Found,
        HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed, HttpStatusCode.RequestEntityTooLarge,
        HttpStatusCode.RequestUriTooLong, HttpStatusCode.TooManyRequests, HttpStatusCode.RequestHeaderFieldsTooLarge,
    ];

    /// <summary>The problems with one answer, each as a line naming the request; none when it is right.</summary>
    public static async Task<IEnumerable<string>> ProblemsAsync(string request, HttpResponseMessage response, string? expectedStatus = null, string? sentHost = null)
    {
        var problems = new List<string>();
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (!Acceptable.Contains(response.StatusCode)) problems.Add($"status {status}");
        if (expectedStatus is not null && !expectedStatus.Split('|').Contains(status.ToString())) problems.Add($"status {status}, expected {expectedStatus}");
        if (StackTrace().IsMatch(body)) problems.Add("a stack trace");
        if (body.Contains($"<script>{BadValues.Marker}", StringComparison.OrdinalIgnoreCase) || body.Contains($"<svg onload={BadValues.Marker}", StringComparison.OrdinalIgnoreCase))
            problems.Add("markup from the input came back as markup");
        // "evil.example" and "evil-example": a bare "evil" turns up by chance in random antiforgery tokens.
        if (ForeignHost().IsMatch(body) || ForeignHost().IsMatch(response.Headers.Location?.OriginalString ?? ""))
            problems.Add("a link to the foreign host");
        if (sentHost is not null && body.Contains("//" + sentHost, StringComparison.OrdinalIgnoreCase)) problems.Add($"a link to the host it was sent with");
        if (response.Headers.Location is { IsAbsoluteUri: true } location) problems.Add($"an absolute redirect to {location}");

        if (response.Content.Headers.ContentType?.MediaType == "text/html" && body.Length > 0)
        {
            var page = await Parser.ParseDocumentAsync(body);
            if (page.DocumentElement.GetAttribute("lang") != "vi") problems.Add("a page not in Vietnamese (html lang)");
            var heading = page.QuerySelector("h1")?.TextContent.Trim() ?? "";
            if (status >= 400 && !heading.Any(c => c > '\u007f')) problems.Add($"error page heading '{heading}' is not Vietnamese");
        }
        else if (status >= 400 && body.Length == 0 && response.RequestMessage?.Method != HttpMethod.Head)
        {
            problems.Add("an error with an empty body");
        }
        return problems.Select(p => $"{request}: {p}");
    }

    [GeneratedRegex(@"\bat [\w.<>]+\(.*\) in |\.cs:line \d+|   at \w+\.\w+|Exception:", RegexOptions.CultureInvariant)]
    private static partial Regex StackTrace();

    [GeneratedRegex(@"evil[.-]example", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignHost();
}
