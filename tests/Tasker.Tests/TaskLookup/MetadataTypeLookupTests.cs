using System.Reflection;
using System.Reflection.Emit;
using Tasker.TaskLookup;

namespace Tasker.Tests.TaskLookup;

/// <summary>The lookup of a type by its name in the assembly's metadata gives the runtime's answer, without its parser.</summary>
[TestClass]
public sealed class MetadataTypeLookupTests
{
    public static IEnumerable<object[]> Assemblies =>
    [
        [typeof(ITask).Assembly],
        [typeof(MetadataTypeLookupTests).Assembly],
    ];

    [TestMethod]
    [DynamicData(nameof(Assemblies))]
    public void Every_type_of_an_assembly_is_found_as_the_runtime_finds_it(Assembly assembly)
    {
        var looked = 0;
        foreach (var type in assembly.GetTypes())
        {
            var name = type.FullName!;
            var answer = MetadataTypeLookup.Find(assembly, name, out var found);
            if (answer == MetadataTypeLookup.Answer.AskTheRuntime)
            {
                // Compiler-made names ('<', '>', '=') are the runtime's to read; a profile never names them.
                StringAssert.Matches(name, new System.Text.RegularExpressions.Regex("[^\\w.`+]"), $"{name} is a plain name the lookup should read");
                continue;
            }

            looked++;
            Assert.AreEqual(MetadataTypeLookup.Answer.Found, answer, name);
            Assert.AreSame(assembly.GetType(name, throwOnError: true), found, name);
        }

        Assert.IsTrue(looked > 20, $"only {looked} types were looked up");
    }

    [TestMethod]
    public void Nested_and_open_generic_types_are_found_by_the_runtimes_spelling()
    {
        var assembly = typeof(MetadataTypeLookupTests).Assembly;

        Assert.AreEqual(MetadataTypeLookup.Answer.Found, MetadataTypeLookup.Find(assembly, "Tasker.Tests.TaskLookup.MetadataTypeLookupTests+Outer+Inner", out var nested));
        Assert.AreEqual(typeof(Outer.Inner), nested);
        Assert.AreEqual(MetadataTypeLookup.Answer.Found, MetadataTypeLookup.Find(assembly, "Tasker.Tests.TaskLookup.MetadataTypeLookupTests+Generic`1", out var generic));
        Assert.AreEqual(typeof(Generic<>), generic);
    }

    [TestMethod]
    [DataRow("Tasker.Tests.TaskLookup.NoSuchType")]
    [DataRow("NoSuchType")]
    [DataRow("Tasker.Tests.TaskLookup.MetadataTypeLookupTests.Outer")]
    [DataRow("tasker.tests.tasklookup.MetadataTypeLookupTests")]
    public void A_plain_name_the_assembly_does_not_define_is_not_there_as_for_the_runtime(string name)
    {
        var assembly = typeof(MetadataTypeLookupTests).Assembly;

        Assert.AreEqual(MetadataTypeLookup.Answer.NotDefined, MetadataTypeLookup.Find(assembly, name, out var found));
        Assert.IsNull(found);
        Assert.IsNull(assembly.GetType(name, throwOnError: false));
    }

    [TestMethod]
    [DataRow("Tasker.Tests.TaskLookup.MetadataTypeLookupTests+Generic`1[System.Int32]")]
    [DataRow("Tasker.Tests.TaskLookup.MetadataTypeLookupTests, Tasker.Tests")]
    [DataRow("Tasker.Tests.TaskLookup.MetadataTypeLookupTests[]")]
    [DataRow("Some\\,Name")]
    [DataRow(".Leading")]
    [DataRow("Trailing.")]
    [DataRow("")]
    public void A_name_with_the_runtimes_grammar_is_left_to_the_runtime(string name)
    {
        Assert.AreEqual(MetadataTypeLookup.Answer.AskTheRuntime, MetadataTypeLookup.Find(typeof(MetadataTypeLookupTests).Assembly, name, out _));
    }

    [TestMethod]
    public void An_assembly_that_forwards_types_is_left_to_the_runtime()
    {
        // System.Runtime forwards its types to the runtime's core library: only the runtime follows a forward.
        var forwarding = Assembly.Load("System.Runtime");

        Assert.AreEqual(MetadataTypeLookup.Answer.AskTheRuntime, MetadataTypeLookup.Find(forwarding, "System.String", out _));
        Assert.AreEqual(typeof(string), forwarding.GetType("System.String"));
    }

    [TestMethod]
    public void A_dynamic_assembly_is_left_to_the_runtime()
    {
        var dynamic = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("TaskerLookupDynamic"), AssemblyBuilderAccess.Run);

        Assert.AreEqual(MetadataTypeLookup.Answer.AskTheRuntime, MetadataTypeLookup.Find(dynamic, "Some.Type", out _));
    }

    public sealed class Outer
    {
        public sealed class Inner;
    }

    public sealed class Generic<T>;
}
