using Microsoft.Extensions.Localization;

namespace Usta.Theme;

/// <summary>What a reader is told for each status code they can meet: a heading and a sentence, in Vietnamese.</summary>
public static class StatusText
{
    public static (string Title, string Message) Describe(int code, IStringLocalizer S) => code switch
    {
        400 => (S["Bad request"], S["The request could not be understood. Check the address and try again."]),
        403 => (S["Access denied"], S["You do not have permission to open this page."]),
        404 => (S["Page not found"], S["The page you asked for does not exist or is no longer published."]),
        405 => (S["Method not allowed"], S["This page cannot be opened with this kind of request."]),
        408 => (S["Request timeout"], S["The request took too long to arrive. Please try again."]),
        412 => (S["The file has changed"], S["The file is no longer the version your request named. Reload the page and try again."]),
        416 => (S["Range not available"], S["The part of the file asked for is beyond its end."]),
        413 => (S["Request too large"], S["What was sent is larger than the site accepts."]),
        414 => (S["Address too long"], S["The address is longer than the site accepts. Check the link and try again."]),
        415 => (S["Unsupported content type"], S["The site cannot read data sent in this form."]),
        422 => (S["The file cannot be processed"], S["The file exists but the site cannot make what was asked from it."]),
        429 => (S["Too many requests"], S["Too many requests came from your address in a short time. Wait a minute, then try again."]),
        431 => (S["Request headers too large"], S["The request carries too much data in its headers, often too many cookies. Delete this site's cookies and try again."]),
        503 => (S["Service unavailable"], S["The site is busy or under maintenance. Please try again in a moment."]),
        _ => (S["Something went wrong"], S["The page could not be shown. Please try again in a moment."]),
    };
}
