package dev.tprog.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of task generators, by name, in the order the reference lists them. */
public final class Tasks {
    private static final Map<String, Task> BY_NAME = new LinkedHashMap<>();

    static {
        for (Task task : List.of(new ReverseTask(), new SortTask(), new HistTask(), new DoubleHistTask(),
                new MostFreqTask(), new DyckTask(1), new DyckTask(2), new InductionTask())) {
            BY_NAME.put(task.name(), task);
        }
    }

    private Tasks() {}

    public static List<Task> all() {
        return List.copyOf(BY_NAME.values());
    }

    public static Optional<Task> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** @throws IllegalArgumentException naming the known tasks when {@code name} is not one */
    public static Task byName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown task '" + name + "' (known: " + String.join(", ", BY_NAME.keySet()) + ")"));
    }
}
