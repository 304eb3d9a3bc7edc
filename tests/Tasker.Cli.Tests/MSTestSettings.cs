using Tasker;

[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
