package crmcopilot.ai.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import crmcopilot.ai.offline.LexiconUrgencyCues;
import crmcopilot.ai.offline.OfflineTextClassifierTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EvalTriageCommandTests {

	@TempDir
	Path dir;

	@Test
	void should_report_per_label_scores_confusions_and_a_summary_line() throws IOException {
		Path train = write("train.csv", """
				text,category,priority
				"Où est ma commande ? Elle devait arriver hier.",Suivi de commande,Normale
				Mon colis n'est pas arrivé,Suivi de commande,Normale
				Le suivi indique que le colis est bloqué,Suivi de commande,Haute
				Je veux être remboursé de mon retour,Remboursement,Normale
				Remboursement toujours pas reçu,Remboursement,Haute
				"Rembourser la commande annulée, merci",Remboursement,Normale
				"Inadmissible, je saisis mon avocat !!!",Réclamation,Urgente
				"Service lamentable, je vais voir ailleurs",Réclamation,Urgente
				Je porte plainte contre votre livreur,Réclamation,Urgente
				""");
		Path test = write("test.csv", """
				text,category,priority
				Ma commande n'est toujours pas arrivée,Suivi de commande,Normale
				Quand serai-je remboursé ?,Remboursement,Normale
				"C'est inadmissible, mon avocat va vous contacter",Réclamation,Urgente
				""");

		String output = run(train, test);

		String[] lines = output.strip().split("\\R");
		assertThat(lines[lines.length - 1]).matches(
				"category_accuracy=(0|1)\\.\\d{4} category_macro_f1=(0|1)\\.\\d{4} priority_accuracy=(0|1)\\.\\d{4} n_train=9 n_test=3");
		assertThat(output).contains("precision", "recall", "f1", "support", "Remboursement", "top confusions");
	}

	@Test
	void should_say_na_for_priority_when_the_files_have_none() throws IOException {
		Path train = write("train.csv", "text,category\nwhere is my parcel,tracking\nrefund me please,refund\n"
				+ "my parcel is late,tracking\nI want my money back,refund\n");
		Path test = write("test.csv", "category,text\ntracking,parcel still not here\n");

		String output = run(train, test);

		assertThat(output.strip()).endsWith("priority_accuracy=na n_train=4 n_test=1");
	}

	@Test
	void should_reject_malformed_files_with_a_clear_message() throws IOException {
		Path good = write("good.csv", "text,category\na b,x\nc d,y\n");

		assertThatIllegalArgumentException().isThrownBy(() -> run(write("cols.csv", "message,label\na,b\n"), good))
			.withMessageContaining("'text' and 'category'");
		assertThatIllegalArgumentException().isThrownBy(() -> run(write("empty.csv", ""), good))
			.withMessageContaining("empty");
		assertThatIllegalArgumentException().isThrownBy(() -> run(write("header.csv", "text,category\n"), good))
			.withMessageContaining("no rows");
		assertThatIllegalArgumentException().isThrownBy(() -> run(this.dir.resolve("missing.csv"), good))
			.withMessageContaining("cannot be read");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> run(write("one.csv", "text,category\na b,x\nc d,x\n"), good))
			.withMessageContaining("two different categories");
		assertThatIllegalArgumentException().isThrownBy(() -> run(good, write("blank.csv", "text,category\n,x\n")))
			.withMessageContaining("must not be empty");
	}

	private String run(Path train, Path test) {
		EvalTriageCommand command = new EvalTriageCommand(OfflineTextClassifierTrainer.withoutEmbeddings(),
				new LexiconUrgencyCues());
		command.train = train;
		command.test = test;
		command.model = "default";
		command.topConfusions = 5;
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(command.call()).isZero();
		}
		finally {
			System.setOut(original);
		}
		return captured.toString(StandardCharsets.UTF_8);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content, StandardCharsets.UTF_8);
	}

}
