package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The peers' method, to compare with: trainees in a random order, each taking their best wish that still has a
 * place and fits the hard constraints, else the first such offer by id, else nothing.
 */
final class RandomSerialOrder {

    private RandomSerialOrder() {
    }

    static List<Placement> plan(PlanningProblem problem, Random random) {
        Map<Object, Integer> left = new HashMap<>();
        problem.offers().forEach(o -> left.put(o.id(), o.places()));
        List<Trainee> order = new ArrayList<>(problem.trainees());
        Collections.shuffle(order, random);
        List<Placement> placements = new ArrayList<>();
        for (Trainee trainee : order) {
            List<Offer> choices = new ArrayList<>();
            for (Wish wish : problem.wishesOf(trainee.id())) {
                choices.add(problem.offer(wish.offer()).orElseThrow());
            }
            choices.addAll(problem.offers());
            for (Offer offer : choices) {
                if (left.get(offer.id()) > 0 && IndependentRules.allows(problem, trainee, offer)) {
                    left.merge(offer.id(), -1, Integer::sum);
                    placements.add(Placement.of(trainee.id(), offer.id(), problem.type()));
                    break;
                }
            }
        }
        return placements;
    }
}
