using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>Reads pages with AngleSharp and submits their real forms, antiforgery token included.</summary>
public static class Browser
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, Parser.ParseDocument(html));
    }

    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response)
        => Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (response, document) = await client.GetPageAsync(url);
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        return document;
    }

    /// <summary>Fills the named fields of the form with <paramref name="formId"/> and posts it as a browser would.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string formId, IDictionary<string, string> fields, string pageUrl)
    {
        var form = page.GetElementById(formId) as IHtmlFormElement ?? throw new InvalidOperationException($"No form #{formId} on the page.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (fields.ContainsKey(input.Name!)) continue;
            if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
            values.Add(new(input.Name!, input.Value));
        }
        values.AddRange(fields);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static string Text(this IParentNode document, string selector)
        => document.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches {selector}.");

    public static IReadOnlyList<string> Texts(this IParentNode document, string selector)
        => document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
}
