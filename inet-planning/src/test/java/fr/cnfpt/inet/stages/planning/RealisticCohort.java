package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of INET-like cohorts for the observation internship: trainees of three corps (by default
 * 90 administrateurs, 50 ingénieurs en chef, 20 conservateurs de bibliothèques), offers with about 30 % more
 * places than trainees (1 to 3 places each, half open to every corps, half to one), five ranked wishes per
 * trainee drawn by a skewed popularity (so that popular offers are over-demanded), a third of the trainees
 * with a host of their wishes in their history, and a few exclusions.
 *
 * @param trainees  the trainees
 * @param offers  the offers
 * @param wishes  the wishes
 * @param history  the hosts the trainees already had
 * @param exclusions  the hosts excluded for trainees
 */
record RealisticCohort(List<Trainee> trainees, List<Offer> offers, List<Wish> wishes, List<TraineeHost> history,
        List<TraineeHost> exclusions) {

    private static final Corps[] CORPS = {Corps.ADMINISTRATEUR, Corps.INGENIEUR_EN_CHEF, Corps.CONSERVATEUR_BIBLIOTHEQUES};

    static RealisticCohort generate(long seed, int administrateurs, int ingenieurs, int conservateurs) {
        Random random = new Random(seed);
        List<Trainee> trainees = trainees(administrateurs, ingenieurs, conservateurs);
        int total = trainees.size();
        List<Offer> offers = new ArrayList<>();
        int places = 0;
        while (places * 10 < total * 13) {
            int p = random.nextInt(10) < 7 ? 1 : random.nextInt(3) < 2 ? 2 : 3;
            int draw = random.nextInt(2 * total);
            Corps[] open = draw < total ? CORPS : new Corps[] {trainees.get(draw - total).corps()};
            String host = "Collectivité " + (random.nextInt(5) == 0 && !offers.isEmpty()
                    ? random.nextInt(offers.size()) : offers.size());
            offers.add(PlanningFixture.offer(String.format("O%05d", offers.size() + 1), host, p, PlanningFixture.TYPE,
                    PlanningFixture.COHORT, open));
            places += p;
        }
        return withWishes(random, trainees, offers);
    }

    /** The trainees of a cohort, numbered in corps order: administrateurs, ingénieurs en chef, conservateurs. */
    private static List<Trainee> trainees(int administrateurs, int ingenieurs, int conservateurs) {
        List<Trainee> trainees = new ArrayList<>();
        int[] counts = {administrateurs, ingenieurs, conservateurs};
        for (int c = 0; c < CORPS.length; c++) {
            for (int i = 0; i < counts[c]; i++) {
                trainees.add(PlanningFixture.trainee(String.format("E%05d", trainees.size() + 1), CORPS[c]));
            }
        }
        return trainees;
    }

    /**
     * A cohort for the collective project: the same trainees, offers of one team (one in five of two) in
     * local authorities of 45,000 to 500,000 inhabitants, open to every corps, about 15 % more teams than the
     * trainees fill, and the same wishes, history and exclusions.
     */
    static RealisticCohort collective(long seed, int administrateurs, int ingenieurs, int conservateurs) {
        Random random = new Random(seed);
        List<Trainee> trainees = trainees(administrateurs, ingenieurs, conservateurs);
        List<Offer> offers = new ArrayList<>();
        int teams = 0;
        while (teams * 4 * 100 < trainees.size() * 115) {
            int p = random.nextInt(5) == 0 ? 2 : 1;
            offers.add(CollectiveProjectOptimumTest.collectiveProject(String.format("P%05d", offers.size() + 1),
                    "Agglomération " + offers.size(), 45_000 + random.nextInt(455_000), p));
            teams += p;
        }
        return withWishes(random, trainees, offers);
    }

    private static RealisticCohort withWishes(Random random, List<Trainee> trainees, List<Offer> offers) {
        double[] popularity = new double[offers.size()];
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < offers.size(); j++) {
            order.add(j);
        }
        Collections.shuffle(order, random);
        for (int j = 0; j < offers.size(); j++) {
            popularity[order.get(j)] = 1 / Math.pow(j + 1, 0.8);
        }
        List<Wish> wishes = new ArrayList<>();
        List<TraineeHost> history = new ArrayList<>();
        List<TraineeHost> exclusions = new ArrayList<>();
        for (Trainee trainee : trainees) {
            List<Integer> open = new ArrayList<>();
            for (int j = 0; j < offers.size(); j++) {
                if (offers.get(j).corps().contains(trainee.corps())) {
                    open.add(j);
                }
            }
            List<Integer> chosen = new ArrayList<>();
            while (chosen.size() < Math.min(5, open.size())) {
                int pick = pick(open, popularity, random);
                if (!chosen.contains(pick)) {
                    chosen.add(pick);
                }
            }
            for (int r = 0; r < chosen.size(); r++) {
                wishes.add(Wish.of(trainee.id(), offers.get(chosen.get(r)).id(), r + 1));
            }
            if (random.nextInt(3) == 0 && !chosen.isEmpty()) {
                Offer had = offers.get(chosen.get(random.nextInt(chosen.size())));
                history.add(new TraineeHost(trainee.id(), had.host().identity()));
            }
            if (random.nextInt(20) == 0) {
                exclusions.add(new TraineeHost(trainee.id(), offers.get(random.nextInt(offers.size())).host().identity()));
            }
        }
        return new RealisticCohort(trainees, offers, wishes, history, exclusions);
    }

    static RealisticCohort inet(long seed) {
        return generate(seed, 90, 50, 20);
    }

    private static int pick(List<Integer> open, double[] popularity, Random random) {
        double sum = open.stream().mapToDouble(j -> popularity[j]).sum();
        double x = random.nextDouble() * sum;
        for (int j : open) {
            x -= popularity[j];
            if (x <= 0) {
                return j;
            }
        }
        return open.get(open.size() - 1);
    }

    PlanningProblemBuilder problem() {
        return PlanningFixture.problem(trainees, offers, wishes).history(history).exclusions(exclusions);
    }

    PlanningProblemBuilder problem(InternshipType type) {
        return PlanningProblem.builder(PlanningFixture.EDITION, PlanningFixture.COHORT, type).trainees(trainees)
                .offers(offers).wishes(wishes).history(history).exclusions(exclusions);
    }
}
