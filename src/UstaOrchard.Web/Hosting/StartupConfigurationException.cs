namespace UstaOrchard.Web.Hosting;

/// <summary>
/// A setting the operator must correct before the site can start (an unusable base URL or proxy
/// address): the host prints its message and exits 1 instead of crashing with a stack trace.
/// </summary>
public sealed class StartupConfigurationException(string message) : Exception(message);
