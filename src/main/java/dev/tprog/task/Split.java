package dev.tprog.task;

/** The three parts of a dataset, in the order they are written and listed. */
public enum Split {
    TRAIN, VAL, TEST;

    /** The lower-case name used for files ({@code train.jsonl}) and metadata keys. */
    public String fileStem() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
