using Microsoft.AspNetCore.Http;

namespace UstaOrchard.Core.Web;

/// <summary>
/// A sentence an endpoint gives the site's status page to say why this request failed
/// ("the width 500 is not one of …"), shown instead of the status's general message. The endpoint
/// sets the status code and writes no body; the status page, re-executed on the same request, reads it.
/// </summary>
public static class StatusMessage
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, int statusCode, string message)
    {
        context.Items[Key] = message;
        context.Response.StatusCode = statusCode;
    }

    public static string? Get(HttpContext context) => context.Items.TryGetValue(Key, out var value) ? value as string : null;
}
