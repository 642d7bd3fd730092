package org.speechkg.cli;

import java.util.concurrent.Callable;
import org.speechkg.store.Tdb2SpeechStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code remove SPEECH-ID}: drops one speech's named graph. */
@Command(name = "remove", description = "Remove one speech's named graph from the store.")
public final class RemoveCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "Speech id (the file name without .txt).")
    String speechId;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Override
    public Integer call() {
        Pipeline p = Pipeline.standard(storeOptions.base);
        try (Tdb2SpeechStore store = Tdb2SpeechStore.open(storeOptions.store)) {
            if (!store.remove(p.graphOf(speechId))) {
                System.err.println("speech-kg: no speech with id '" + speechId + "' in " + storeOptions.store);
                return 3;
            }
        }
        System.out.println("removed " + speechId);
        return 0;
    }
}
