package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.syntax.Instruction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Labels of a stage, its own and inherited from the stages it is built on. */
final class Labels {
    private Labels() {
    }

    record Label(String key, String value, Instruction instruction, Instruction.KeyValue pair) {
    }

    static List<Label> own(Stage stage) {
        List<Label> out = new ArrayList<>();
        for (Instruction top : stage.instructions()) {
            if (top.is("label")) {
                for (Instruction.KeyValue kv : top.keyValues()) {
                    out.add(new Label(Paths.unquote(kv.key().value()), Paths.unquote(kv.value().value()), top, kv));
                }
            }
        }
        return out;
    }

    /**
     * Labels of every LABEL in the file, ONBUILD triggers and instructions before the first FROM
     * included: what hadolint's per-instruction label rules look at.
     */
    static List<Label> everywhere(LintContext ctx) {
        List<Label> out = new ArrayList<>();
        for (Instruction label : ctx.effective("label")) {
            for (Instruction.KeyValue kv : label.keyValues()) {
                out.add(new Label(Paths.unquote(kv.key().value()), Paths.unquote(kv.value().value()), label, kv));
            }
        }
        return out;
    }

    static Map<String, Label> inherited(Stage stage) {
        Map<String, Label> out = new LinkedHashMap<>();
        List<Stage> chain = stage.lineage();
        for (int i = chain.size() - 1; i >= 0; i--) {
            for (Label l : own(chain.get(i))) {
                out.put(l.key(), l);
            }
        }
        return out;
    }
}
