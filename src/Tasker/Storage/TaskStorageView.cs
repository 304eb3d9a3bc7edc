using Tasker.Diagnostics;
using Tasker.Profiles;

namespace Tasker.Storage;

/// <summary>
/// The storage one task sees: every access is checked against the task's declarations, with no exceptions
/// for any key, so a pipeline's dataflow is exactly what its tasks declare.
/// </summary>
internal sealed class TaskStorageView : IStorage
{
    private readonly IStorageBackend _backend;
    private readonly string _taskName;
    private readonly SourceLocation _location;
    private readonly DeclaredKeys _required;
    private readonly DeclaredKeys _provided;
    private readonly DeclaredKeys _removable;

    public TaskStorageView(IStorageBackend backend, string taskName, SourceLocation location, IEnumerable<string> require, IEnumerable<string> provide, IEnumerable<string> remove)
    {
        _backend = backend;
        _taskName = taskName;
        _location = location;
        _required = new DeclaredKeys(require);
        _provided = new DeclaredKeys(provide);
        _removable = new DeclaredKeys(remove);
    }

    public object? this[string key]
    {
        get
        {
            CheckRead(key);
            if (_backend.TryGet(key, out var value))
            {
                return value;
            }

            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.StorageKeyMissing,
                _location,
                $"Task {_taskName} read the storage key '{key}', which holds no value. Make an earlier task provide it, or check with Contains(\"{key}\") first."));
        }

        set
        {
            ArgumentNullException.ThrowIfNull(key);
            if (!_provided.Contains(key))
            {
                throw Undeclared("wrote", key, "Provide()");
            }

            _backend.Set(key, value);
        }
    }

    public T Get<T>(string key)
    {
        var value = this[key];
        if (value is T typed)
        {
            return typed;
        }

        if (value is not null && ProfileValueConverter.TryConvert(value, typeof(T), out var converted) && converted is T convertedTyped)
        {
            return convertedTyped;
        }

        // A value restored from a JSON storage comes back in its JSON shape: rebuild the type the task asks for.
        if (value is not null && JsonValues.TryConvert(value, typeof(T), out var restored) && restored is T restoredTyped)
        {
            return restoredTyped;
        }

        throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.StorageValueWrongType,
            _location,
            $"Task {_taskName} read the storage key '{key}' as {typeof(T).Name}, but it holds {(value is null ? "null" : value.GetType().Name)}."));
    }

    public bool Contains(string key)
    {
        if (!IsReadable(key) && !_removable.Contains(key))
        {
            throw Undeclared("looked for", key, "Require()");
        }

        return _backend.Contains(key);
    }

    public void Delete(string key)
    {
        if (!_removable.Contains(key))
        {
            throw Undeclared("deleted", key, "Remove()");
        }

        _backend.Delete(key);
    }

    public void Load() => _backend.Load();

    public void Dump()
    {
        try
        {
            _backend.Dump();
        }
        catch (StorageValueException exception)
        {
            throw new DiagnosticException(exception.ToDiagnostic(_taskName, _location));
        }
    }

    private void CheckRead(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!IsReadable(key))
        {
            throw Undeclared("read", key, "Require()");
        }
    }

    private DiagnosticException Undeclared(string action, string key, string declaration) =>
        new(Diagnostic.Error(
            DiagnosticCodes.UndeclaredStorageAccess,
            _location,
            $"Task {_taskName} {action} the storage key '{key}' without declaring it. Add \"{key}\" to the task's {declaration}."));

    // A task reads what it requires and what it provides.
    private bool IsReadable(string key) => _required.Contains(key) || _provided.Contains(key);
}
