package crmcopilot.ai.offline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import crmcopilot.ai.LabelledText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The labelled development sets under {@code eval/}. */
final class DevelopmentSets {

	private DevelopmentSets() {
	}

	static List<LabelledText> read(String file, String column) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(Path.of("eval", file), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			List<LabelledText> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(new LabelledText(record.get("text"), record.get(column)));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
