namespace UstaOrchard.IntegrationTests.Infrastructure;

public static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Recipes => Path.Combine(RepositoryRoot, "recipes");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string NewDataFolder() => Directory.CreateTempSubdirectory("usta-test-").FullName;

    public static void DeleteFolder(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing host: the temp folder is cleaned by the OS.
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UstaOrchard.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("UstaOrchard.sln not found above " + AppContext.BaseDirectory);
    }
}
