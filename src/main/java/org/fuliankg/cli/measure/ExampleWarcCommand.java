package org.fuliankg.cli.measure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fuliankg.cli.console.Console;
import org.fuliankg.generate.ExampleArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "example-warc", mixinStandardHelpOptions = true,
        description = "Writes a small web archive to try 'build' and 'serve' on: three federation news pages (UTF-8, "
                + "GBK, Big5) among the records a crawl also holds (requests, an image, a style sheet, a 404, a "
                + "redirect, a repeated capture). Gzipped when FILE ends in .gz. Invented names and figures.")
public final class ExampleWarcCommand implements Callable<Integer> {

    @ParentCommand
    Console console;

    @Parameters(index = "0", paramLabel = "FILE", description = "the archive to write, e.g. crawl.warc.gz")
    Path out;

    @Override
    public Integer call() throws IOException {
        ExampleArchive.write(out);
        console.err().println("wrote " + out + ": " + ExampleArchive.PAGES.size() + " pages among 12 records");
        return 0;
    }
}
