package dev.trusty.dockerfile.model;

import dev.trusty.dockerfile.syntax.Instruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A build stage: its FROM, its base (an image, {@code scratch}, or an earlier stage) and its steps.
 * {@code name} is the lower-cased {@code AS} name or null; {@code baseName} is the FROM image text after
 * expansion with the global ARGs; {@code platform} is the expanded {@code --platform} or null.
 */
public final class Stage {
    private final int index;
    private final String name;
    private final Instruction from;
    private final String baseName;
    private final ImageRef image;
    private final Stage baseStage;
    private final String platform;
    final List<Step> steps = new ArrayList<>();
    Step last;

    Stage(int index, String name, Instruction from, String baseName, ImageRef image, Stage baseStage,
          String platform) {
        this.index = index;
        this.name = name;
        this.from = from;
        this.baseName = baseName;
        this.image = image;
        this.baseStage = baseStage;
        this.platform = platform;
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public Instruction from() {
        return from;
    }

    public String baseName() {
        return baseName;
    }

    /**
     * The base image, or null when the base is {@code scratch}, an earlier stage, or a reference that
     * expanded to nothing (e.g. {@code FROM $UNSET}: then {@code baseName} is empty).
     */
    public ImageRef image() {
        return image;
    }

    /** The earlier stage this one builds on, or null. */
    public Stage baseStage() {
        return baseStage;
    }

    /** FROM scratch: the empty base. */
    public boolean isScratch() {
        return baseStage == null && baseName.equalsIgnoreCase("scratch");
    }

    public String platform() {
        return platform;
    }

    /** The FROM step first, then every instruction of the stage in order. */
    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** The state after the stage's last instruction: what the image built from this stage runs with. */
    public Step finalState() {
        return last;
    }

    /** A name for messages: the AS name, or the index. */
    public String label() {
        return name != null ? name : String.valueOf(index);
    }

    @Override
    public String toString() {
        return "stage " + label() + " FROM " + baseName;
    }
}
