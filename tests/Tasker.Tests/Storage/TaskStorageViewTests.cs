using Tasker.Diagnostics;
using Tasker.Storage;

namespace Tasker.Tests.Storage;

/// <summary>
/// A task's view of the storage allows exactly what the task declared, whether it declared a few keys (looked up by
/// scanning them) or many (looked up in a set).
/// </summary>
[TestClass]
public sealed class TaskStorageViewTests
{
    [TestMethod]
    [DataRow(3)]
    [DataRow(40)]
    public void Only_declared_keys_are_read_written_and_removed(int declared)
    {
        var backend = new MemoryStorageBackend();
        var required = Enumerable.Range(0, declared).Select(i => $"in{i}").ToList();
        var provided = Enumerable.Range(0, declared).Select(i => $"out{i}").ToList();
        var removed = Enumerable.Range(0, declared).Select(i => $"gone{i}").ToList();
        foreach (var key in required.Concat(removed).Append("other"))
        {
            backend.Set(key, key);
        }

        var view = new TaskStorageView(backend, "Task", default, required, provided, removed);

        Assert.AreEqual($"in{declared - 1}", view[$"in{declared - 1}"]);
        view[$"out{declared - 1}"] = 1;
        Assert.AreEqual(1, view[$"out{declared - 1}"], "a task reads what it provides");
        view.Delete($"gone{declared - 1}");
        Assert.IsFalse(backend.Contains($"gone{declared - 1}"));
        Assert.IsTrue(view.Contains($"gone0"), "a task may look for a key it removes");
        Assert.AreEqual("TSK3001", Undeclared(() => _ = view["other"]));
        Assert.AreEqual("TSK3001", Undeclared(() => view[$"in{declared - 1}"] = 2), "a required key is not writable");
        Assert.AreEqual("TSK3001", Undeclared(() => view.Delete("other")));
        Assert.AreEqual("TSK3001", Undeclared(() => _ = view[$"in{declared}"]), "one past the declared keys");
    }

    private static string Undeclared(Action access) => Assert.ThrowsExactly<DiagnosticException>(access).Diagnostic.Code;
}
