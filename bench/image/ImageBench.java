import dev.trusty.cli.ImageCommand;
import picocli.CommandLine;

/** Runs the image command when the lead's Main does not register it yet (same code path as `trusty image`). */
public class ImageBench {
    public static void main(String[] args) {
        System.exit(new CommandLine(new ImageCommand()).execute(args));
    }
}
