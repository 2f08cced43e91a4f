package dev.tprog.program;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an emitted Python module with {@code python3} on many inputs in one process. */
public final class EmittedPython {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRIVER = String.join("\n",
            "import importlib.util, json, sys",
            "spec = importlib.util.spec_from_file_location('program', sys.argv[1])",
            "module = importlib.util.module_from_spec(spec)",
            "spec.loader.exec_module(module)",
            "for line in sys.stdin:",
            "    print(json.dumps(module.run(json.loads(line))), flush=False)");

    private EmittedPython() {}

    /** Whether a {@code python3} is on the PATH. */
    public static boolean available() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The module's {@code run} on each input, in order. */
    public static List<List<String>> run(String module, List<List<String>> inputs) throws IOException {
        Path directory = Files.createTempDirectory("tprog-python");
        Path file = directory.resolve("program.py");
        try {
            Files.writeString(file, module);
            Process process = new ProcessBuilder("python3", "-c", DRIVER, file.toString()).start();
            Thread feeder = new Thread(() -> feed(process, inputs));
            feeder.start();
            List<List<String>> outputs = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    outputs.add(JSON.readValue(line, new TypeReference<List<String>>() {}));
                }
            }
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            feeder.join();
            if (process.waitFor() != 0 || outputs.size() != inputs.size()) {
                throw new IOException("python3 failed on the emitted program: " + errors.strip());
            }
            return outputs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        }
    }

    private static void feed(Process process, List<List<String>> inputs) {
        try (Writer out = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            for (List<String> input : inputs) {
                out.write(JSON.writeValueAsString(input));
                out.write('\n');
            }
        } catch (IOException e) {
            // python3 exited early; its error output says why.
        }
    }
}
