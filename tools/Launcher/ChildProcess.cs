using System.Diagnostics;
using System.Globalization;

namespace Aanmelding.Launcher;

/// <summary>
/// A process the launcher started, its console output appended to a log file (or dropped): stopped as an operator
/// would (SIGTERM, then a kill after a while) or killed at once with every process it started.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    readonly Process process;
    readonly StreamWriter? log;

    ChildProcess(Process process, StreamWriter? log)
    {
        this.process = process;
        this.log = log;
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>The process and every process below it (under the Functions host: the host and its worker), by id.</summary>
    public IReadOnlyList<int> Tree()
    {
        var ids = new List<int>();
        void Walk(int id)
        {
            ids.Add(id);
            var tasks = $"/proc/{id}/task";
            if (!Directory.Exists(tasks))
            {
                return;
            }

            foreach (var children in Directory.GetDirectories(tasks).Select(t => Path.Combine(t, "children")).Where(File.Exists))
            {
                foreach (var child in File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    Walk(int.Parse(child, CultureInfo.InvariantCulture));
                }
            }
        }

        if (!process.HasExited)
        {
            Walk(process.Id);
        }

        return ids;
    }

    public static ChildProcess Start(ProcessStartInfo info, string? logPath)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var log = logPath is null
            ? null
            : new StreamWriter(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete)) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} kon niet worden gestart.");
        var child = new ChildProcess(process, log);
        process.OutputDataReceived += (_, e) => child.Write(e.Data);
        process.ErrorDataReceived += (_, e) => child.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Kills the process and everything it started (the Functions host's worker too), as a crash would.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>SIGTERM, as an operator or a scale-in does; a kill if it has not stopped within <paramref name="patience"/>.</summary>
    public async Task TerminateAsync(TimeSpan patience)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(patience);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        Kill();
        process.WaitForExit();
        process.Dispose();
        lock (process)
        {
            log?.Dispose();
        }
    }

    void Write(string? line)
    {
        if (line is null || log is null)
        {
            return;
        }

        lock (process)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // Output that arrives after the process was let go of.
            }
        }
    }
}
