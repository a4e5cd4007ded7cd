// The network and lab sections' text and the network study's code load with those sections in
// the app (src/App.tsx); unit tests render their components directly, so both are there first.
import { loadSectionMessages } from '../../src/i18n/messages.ts';
import { loadNetworkStudyCode } from '../../src/nn/ui/networkStudyLoader.ts';

await Promise.all([loadSectionMessages(), loadNetworkStudyCode()]);
