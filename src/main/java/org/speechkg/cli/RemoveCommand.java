package org.speechkg.cli;

import java.util.concurrent.Callable;
import org.speechkg.store.SpeechStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code remove SPEECH-ID}: drops one speech's named graph, from the local store or a running server's. */
@Command(name = "remove", description = "Remove one speech's named graph from the store (or, with --to, "
        + "from a running server's Graph Store Protocol endpoint).")
public final class RemoveCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "Speech id (the file name without .txt).")
    String speechId;

    @Mixin
    TargetOptions target = new TargetOptions();

    @Override
    public Integer call() {
        Pipeline p = Pipeline.standard(target.base());
        try (SpeechStore store = target.open()) {
            if (!store.remove(p.graphOf(speechId))) {
                System.err.println("speech-kg: no speech with id '" + speechId + "' in " + target.describe());
                return 3;
            }
        }
        System.out.println("removed " + speechId);
        return 0;
    }
}
