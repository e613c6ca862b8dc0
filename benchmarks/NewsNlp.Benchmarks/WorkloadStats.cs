using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Running;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Characters and tokens per operation of each benchmark case, worked out once in the host process (the
/// measured runs happen in child processes, whose state the host cannot see). The text is deterministic,
/// so setting the case up here and calling its method once gives exactly what the child process measured.
/// </summary>
internal static class WorkloadStats
{
    private static readonly ConcurrentDictionary<string, (int Chars, int Tokens)> s_cache = new(StringComparer.Ordinal);

    /// <summary>The characters read and tokens returned by one operation of <paramref name="benchmarkCase"/>.</summary>
    public static (int Chars, int Tokens) Get(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        string key = string.Create(CultureInfo.InvariantCulture,
            $"{benchmarkCase.Descriptor.Type.FullName}.{benchmarkCase.Descriptor.WorkloadMethod.Name}({benchmarkCase.Parameters.DisplayInfo})");
        return s_cache.GetOrAdd(key, static (_, c) => Measure(c), benchmarkCase);
    }

    private static (int Chars, int Tokens) Measure(BenchmarkCase benchmarkCase)
    {
        Type type = benchmarkCase.Descriptor.Type;
        object instance = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"Cannot create {type}.");
        try
        {
            foreach (var parameter in benchmarkCase.Parameters.Items)
            {
                const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
                if (type.GetProperty(parameter.Name, Flags) is PropertyInfo property)
                {
                    property.SetValue(property.GetMethod!.IsStatic ? null : instance, parameter.Value);
                }
                else
                {
                    FieldInfo field = type.GetField(parameter.Name, Flags)
                        ?? throw new InvalidOperationException($"No member {parameter.Name} on {type}.");
                    field.SetValue(field.IsStatic ? null : instance, parameter.Value);
                }
            }

            benchmarkCase.Descriptor.GlobalSetupMethod?.Invoke(instance, null);
            object? result = benchmarkCase.Descriptor.WorkloadMethod.Invoke(instance, null);
            int tokens = result is int count ? count : -1;
            int chars = instance is IThroughputSource source ? source.CharsPerOperation : -1;
            benchmarkCase.Descriptor.GlobalCleanupMethod?.Invoke(instance, null);
            return (chars, tokens);
        }
        finally
        {
            (instance as IDisposable)?.Dispose();
        }
    }
}
