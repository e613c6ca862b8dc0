using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;
using NewsNlp.Tests.Support;
using PublicApiGenerator;

namespace NewsNlp.Tests.PublicApi;

/// <summary>
/// Guards the public surface of the NewsNlp assembly: any change to it shows up as a diff against
/// <c>NewsNlp.approved.txt</c>, which must be reviewed and approved on purpose; and every public member is documented.
/// </summary>
public sealed class PublicApiTests
{
    private const string ApprovedFileName = "NewsNlp.approved.txt";
    private const string ReceivedFileName = "NewsNlp.received.txt";

    private static readonly Assembly Library = typeof(NewsPipeline).Assembly;

    [Fact]
    public void PublicApi_NewsNlpAssembly_MatchesApprovedSnapshot()
    {
        var options = new ApiGeneratorOptions
        {
            // Records stay records in the snapshot: turning one into a class (or back) changes equality and `with`.
            TreatRecordsAsClasses = false,

            // Attributes whose values change with the build (target framework string, SourceLink/repository metadata)
            // are not part of the API.
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
            ],
        };
        string received = Normalize(Library.GeneratePublicApi(options));

        string folder = Path.Combine(RepositoryPaths.Root, "tests", "NewsNlp.Tests", "PublicApi");
        string approvedPath = Path.Combine(folder, ApprovedFileName);
        string receivedPath = Path.Combine(folder, ReceivedFileName);

        string? approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;
        if (approved == received)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        string how =
            $"The generated API was written to {receivedPath}.{Environment.NewLine}" +
            $"If the change is intended, review the diff (e.g. `git diff --no-index {approvedPath} {receivedPath}`), " +
            $"then approve it by copying {ReceivedFileName} over {ApprovedFileName} and committing the approved file.";
        string what = approved is null
            ? $"No approved public API file exists at {approvedPath}."
            : $"The public API of NewsNlp differs from {approvedPath}; first difference at line {FirstDifferentLine(approved, received)}.";
        Assert.Fail(what + Environment.NewLine + how);
    }

    [Fact]
    public void PublicApi_EveryPublicMember_HasXmlDocs()
    {
        string docPath = FindDocumentationFile();
        var documented = XDocument.Load(docPath)
            .Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => (string)m.Attribute("name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Any(HasDocs), StringComparer.Ordinal);

        List<string> checkedIds = [];
        List<string> undocumented = [];
        foreach ((string id, bool implicitConstructor) in PublicDocIds(Library))
        {
            if (!documented.TryGetValue(id, out bool ok))
            {
                // A class with no constructor of its own gets a public parameterless one from the compiler; it has no
                // source, so nothing to document, and the compiler writes no entry for it.
                if (implicitConstructor)
                {
                    continue;
                }

                undocumented.Add(id);
            }
            else if (!ok)
            {
                undocumented.Add(id);
            }

            checkedIds.Add(id);
        }

        Assert.NotEmpty(checkedIds);
        Assert.Contains("T:NewsNlp.NewsPipeline", checkedIds);
        Assert.True(
            undocumented.Count == 0,
            $"{undocumented.Count} public member(s) of NewsNlp have no <summary> (or <inheritdoc/>) in {docPath}:{Environment.NewLine}" +
            string.Join(Environment.NewLine, undocumented));
    }

    private static string Normalize(string text) =>
        text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static int FirstDifferentLine(string expected, string actual)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return n + 1;
    }

    /// <summary>NewsNlp.xml beside NewsNlp.dll in the test output, or else in the library's own bin folder.</summary>
    private static string FindDocumentationFile()
    {
        List<string> candidates = [Path.ChangeExtension(Library.Location, ".xml")];

        string configuration = Library.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } c
            ? c
            : "Release";
        string tfm = Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        string bin = Path.Combine(RepositoryPaths.Root, "src", "NewsNlp", "bin", configuration);
        candidates.Add(Path.Combine(bin, tfm, "NewsNlp.xml"));
        candidates.Add(Path.Combine(bin, "net10.0", "NewsNlp.xml"));

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("NewsNlp XML documentation not found; looked in: " + string.Join(", ", candidates));
    }

    private static bool HasDocs(XElement member)
    {
        if (member.Descendants("inheritdoc").Any())
        {
            return true;
        }

        XElement? summary = member.Element("summary");
        return summary is not null && (!string.IsNullOrWhiteSpace(summary.Value) || summary.Elements().Any());
    }

    // ---- Documentation IDs of the visible API, as the C# compiler writes them ----

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<(string Id, bool ImplicitConstructor)> PublicDocIds(Assembly assembly)
    {
        foreach (Type type in assembly.GetTypes().Where(IsVisibleType).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            yield return ("T:" + TypeDeclarationName(type), false);

            if (typeof(Delegate).IsAssignableFrom(type))
            {
                continue; // Invoke/BeginInvoke/EndInvoke are the runtime's, documented through the type.
            }

            bool isRecord = IsRecord(type);
            string prefix = TypeDeclarationName(type) + ".";

            foreach (FieldInfo field in type.GetFields(Declared))
            {
                if (IsVisible(field) && !field.IsSpecialName && !IsCompilerGenerated(field))
                {
                    yield return ("F:" + prefix + field.Name, false);
                }
            }

            foreach (PropertyInfo property in type.GetProperties(Declared))
            {
                MethodInfo[] accessors = property.GetAccessors(nonPublic: true);
                if (accessors.Any(IsVisible) && !IsCompilerGenerated(property)
                    && !(isRecord && property.Name == "EqualityContract"))
                {
                    yield return ("P:" + prefix + property.Name + Parameters(property.GetIndexParameters()), false);
                }
            }

            foreach (EventInfo @event in type.GetEvents(Declared))
            {
                if (@event.AddMethod is { } add && IsVisible(add) && !IsCompilerGenerated(@event))
                {
                    yield return ("E:" + prefix + @event.Name, false);
                }
            }

            ConstructorInfo[] ownConstructors = type.GetConstructors(Declared)
                .Where(c => !c.IsStatic && !(isRecord && IsRecordCopyConstructor(c)))
                .ToArray();
            foreach (ConstructorInfo ctor in type.GetConstructors(Declared))
            {
                if (IsVisible(ctor) && !IsCompilerGenerated(ctor) && !(isRecord && IsRecordCopyConstructor(ctor)))
                {
                    bool mayBeImplicit = !ctor.IsStatic && ctor.GetParameters().Length == 0 && ownConstructors.Length == 1
                        && !type.IsValueType && (type.IsAbstract ? ctor.IsFamily : ctor.IsPublic);
                    yield return ("M:" + prefix + (ctor.IsStatic ? "#cctor" : "#ctor") + Parameters(ctor.GetParameters()), mayBeImplicit);
                }
            }

            foreach (MethodInfo method in type.GetMethods(Declared))
            {
                if (!IsVisible(method) || IsCompilerGenerated(method) || method.Name.Contains('<', StringComparison.Ordinal))
                {
                    continue;
                }

                bool isOperator = method.Name.StartsWith("op_", StringComparison.Ordinal);
                if (method.IsSpecialName && !isOperator)
                {
                    continue; // property and event accessors
                }

                if (IsObjectOverride(method) || (isRecord && IsRecordSynthesized(method)))
                {
                    continue;
                }

                string id = "M:" + prefix + method.Name;
                if (method.IsGenericMethodDefinition)
                {
                    id += "``" + method.GetGenericArguments().Length;
                }

                id += Parameters(method.GetParameters());
                if (method.Name is "op_Implicit" or "op_Explicit")
                {
                    id += "~" + TypeReferenceName(method.ReturnType);
                }

                yield return (id, false);
            }
        }
    }

    private static bool IsVisibleType(Type type) =>
        type.IsVisible && !type.Name.Contains('<', StringComparison.Ordinal) && !IsCompilerGenerated(type);

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static bool IsCompilerGenerated(MemberInfo member) => member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    /// <summary>Classes and structs declared with <c>record</c>: the compiler gives them a private or protected PrintMembers.</summary>
    private static bool IsRecord(Type type) =>
        type.GetMethod("PrintMembers", Declared, [typeof(StringBuilder)]) is not null
        || type.GetMethod("<Clone>$", Declared) is not null;

    private static bool IsRecordSynthesized(MethodInfo method) =>
        method.Name is "<Clone>$" or "Deconstruct" or "PrintMembers" or "op_Equality" or "op_Inequality"
            or "Equals" or "GetHashCode" or "ToString";

    private static bool IsRecordCopyConstructor(ConstructorInfo ctor) =>
        ctor.GetParameters() is [var only] && only.ParameterType == ctor.DeclaringType;

    /// <summary>Overrides of <see cref="object.Equals(object)"/>, <see cref="object.GetHashCode"/> and <see cref="object.ToString"/>.</summary>
    private static bool IsObjectOverride(MethodInfo method) =>
        method.Name is "Equals" or "GetHashCode" or "ToString"
        && method.GetBaseDefinition().DeclaringType == typeof(object)
        && method.DeclaringType != typeof(object);

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeReferenceName(p.ParameterType))) + ")";

    /// <summary>A type as declared: <c>Namespace.Outer.Inner`1</c>.</summary>
    private static string TypeDeclarationName(Type type) =>
        type.DeclaringType is { } outer
            ? TypeDeclarationName(outer) + "." + type.Name
            : (string.IsNullOrEmpty(type.Namespace) ? string.Empty : type.Namespace + ".") + type.Name;

    /// <summary>A type as used in a signature: <c>System.ReadOnlySpan{System.Char}</c>, <c>`0</c>, <c>``0</c>, <c>T[]</c>, <c>T@</c>.</summary>
    private static string TypeReferenceName(Type type)
    {
        if (type.IsByRef)
        {
            return TypeReferenceName(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return TypeReferenceName(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            int rank = type.GetArrayRank();
            string dims = rank == 1 && type.IsSZArray ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]";
            return TypeReferenceName(type.GetElementType()!) + dims;
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is not null ? "``" : "`") + type.GenericParameterPosition;
        }

        if (!type.IsGenericType)
        {
            return TypeDeclarationName(type);
        }

        // Constructed generic type: its arguments are shared out over the nesting chain, outermost first.
        Type[] arguments = type.GetGenericArguments();
        List<Type> chain = [];
        for (Type? t = type.GetGenericTypeDefinition(); t is not null; t = t.DeclaringType)
        {
            chain.Insert(0, t);
        }

        var name = new StringBuilder();
        int used = 0;
        foreach (Type level in chain)
        {
            if (name.Length == 0)
            {
                if (!string.IsNullOrEmpty(level.Namespace))
                {
                    name.Append(level.Namespace).Append('.');
                }
            }
            else
            {
                name.Append('.');
            }

            int tick = level.Name.IndexOf('`', StringComparison.Ordinal);
            name.Append(tick < 0 ? level.Name : level.Name[..tick]);
            int total = level.IsGenericTypeDefinition ? level.GetGenericArguments().Length : 0;
            if (total > used)
            {
                name.Append('{')
                    .AppendJoin(",", arguments[used..total].Select(TypeReferenceName))
                    .Append('}');
                used = total;
            }
        }

        return name.ToString();
    }
}
