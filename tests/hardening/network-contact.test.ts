import { describeNetworkFaults, widgets } from './network.js';

describeNetworkFaults(widgets[2]);
