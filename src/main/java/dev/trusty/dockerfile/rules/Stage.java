package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.model.ImageRef;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One build stage: its FROM, the instructions up to the next FROM, and the earlier stage it is built
 * on when its base image names one.
 */
public final class Stage {
    private final int index;
    private final Instruction from;
    private final List<Instruction> instructions;
    /**
     * The instructions by {@link Vocabulary#keyword} id, as written and with ONBUILD triggers unwrapped: the
     * rules that read one or two keywords of a stage walk these instead of every instruction.
     */
    @SuppressWarnings("unchecked")
    private final List<Instruction>[] written = new List[Vocabulary.KEYWORDS.size()];
    /** The same lists as {@link #written} (one array) when the stage has no ONBUILD, as most have. */
    private final List<Instruction>[] unwrapped;
    private final Stage parent;
    private boolean usedAsBase;
    /** Derived once, after the file is split into stages: several rules ask for each of these per stage. */
    private String name;
    private ImageRef imageRef;
    private List<Stage> lineage;
    private List<Instruction> inherited;

    /**
     * @param sizes how many instructions the stage has ([0]), and of each keyword id as written ([1 + id]) and
     *              with ONBUILD triggers unwrapped ([1 + KEYWORDS + id]): every list is made at its size
     */
    Stage(int index, Instruction from, Stage parent, int[] sizes) {
        this.index = index;
        this.from = from;
        this.parent = parent;
        this.instructions = new ArrayList<>(sizes[0]);
        int keywords = written.length;
        boolean triggers = sizes[1 + ONBUILD] > 0;
        unwrapped = triggers ? newIndex() : written;
        for (int id = 0; id < keywords; id++) {
            if (sizes[1 + id] > 0) {
                written[id] = new ArrayList<>(sizes[1 + id]);
            }
            if (triggers && sizes[1 + keywords + id] > 0) {
                unwrapped[id] = new ArrayList<>(sizes[1 + keywords + id]);
            }
        }
    }

    private static final int ONBUILD = Vocabulary.keyword("onbuild");

    @SuppressWarnings("unchecked")
    private static List<Instruction>[] newIndex() {
        return new List[Vocabulary.KEYWORDS.size()];
    }

    public int index() {
        return index;
    }

    public Instruction from() {
        return from;
    }

    /** The instructions after FROM, in order (ONBUILD wrappers as written). */
    public List<Instruction> instructions() {
        return instructions;
    }

    /**
     * @param writtenId   the {@link Vocabulary#keyword} id of the instruction as written (ONBUILD for a wrapper)
     * @param effectiveId the id of the instruction that runs (an ONBUILD's trigger): the caller has both
     */
    void add(Instruction instruction, int writtenId, int effectiveId) {
        instructions.add(instruction);
        index(written, instruction, writtenId);
        if (unwrapped != written) { // else written and unwrapped are one index, and the ids are equal
            index(unwrapped, instruction.effective(), effectiveId);
        }
    }

    private static void index(List<Instruction>[] byKeyword, Instruction keyed, int id) {
        if (id >= 0) {
            byKeyword[id].add(keyed);
        }
    }

    public Stage parent() {
        return parent;
    }

    /** True when a later stage is built FROM this one. */
    public boolean usedAsBase() {
        return usedAsBase;
    }

    void markUsedAsBase() {
        usedAsBase = true;
    }

    /** The base image as written, or empty for a broken FROM. */
    public String image() {
        return imageArg() == null ? "" : imageArg().value();
    }

    public Arg imageArg() {
        return from.args().isEmpty() ? null : from.args().getFirst();
    }

    /** The {@code AS name} argument, if any. */
    public Arg aliasArg() {
        List<Arg> args = from.args();
        if (args.size() >= 3 && args.get(1).value().equalsIgnoreCase("as")) {
            return args.get(2);
        }
        return null;
    }

    public String alias() {
        Arg a = aliasArg();
        return a == null ? null : a.value();
    }

    /** The stage name lower-cased, as BuildKit compares them, or null. */
    public String name() {
        if (name == null) {
            String a = alias();
            name = a == null ? "" : a.toLowerCase(Locale.ROOT);
        }
        return name.isEmpty() && aliasArg() == null ? null : name;
    }

    public ImageRef imageRef() {
        if (imageRef == null) {
            imageRef = ImageRef.parse(image());
        }
        return imageRef;
    }

    /** This stage and its ancestors, nearest first. */
    public List<Stage> lineage() {
        if (lineage == null) {
            // most stages are built on an image, not on a stage: no list to collect them in
            lineage = parent == null ? List.of(this) : List.copyOf(computeLineage());
        }
        return lineage;
    }

    private List<Stage> computeLineage() {
        List<Stage> out = new ArrayList<>();
        for (Stage s = this; s != null && !out.contains(s); s = s.parent) {
            out.add(s);
        }
        return out;
    }

    /** Instructions of this stage and the stages it is built on, ancestors first. */
    public List<Instruction> inheritedInstructions() {
        if (inherited == null) {
            List<Instruction> out = new ArrayList<>();
            List<Stage> chain = lineage();
            for (int i = chain.size() - 1; i >= 0; i--) {
                out.addAll(chain.get(i).instructions);
            }
            inherited = List.copyOf(out);
        }
        return inherited;
    }

    /** The instructions {@code keyword} (lower case) of this stage as written (an ONBUILD counts as onbuild). Read-only. */
    public List<Instruction> effective(String keyword) {
        return byKeyword(written, keyword);
    }

    /** The instructions {@code keyword} (lower case) of this stage, ONBUILD triggers unwrapped, in order. Read-only. */
    public List<Instruction> withTriggers(String keyword) {
        return byKeyword(unwrapped, keyword);
    }

    private static List<Instruction> byKeyword(List<Instruction>[] index, String keyword) {
        int id = Vocabulary.keyword(keyword);
        List<Instruction> found = id < 0 ? null : index[id];
        return found == null ? List.of() : found;
    }
}
