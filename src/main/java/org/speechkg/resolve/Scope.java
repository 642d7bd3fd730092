package org.speechkg.resolve;

/** Whether an entity is one thing across the corpus or only within one speech. */
public enum Scope {
    /** Shared by every speech that mentions it (党中央, 枫桥经验, 习近平). */
    NATIONAL,
    /** Local to one speech: anonymised placeholders (XX市) and relative bodies (市委, 县委政法委). */
    SPEECH
}
