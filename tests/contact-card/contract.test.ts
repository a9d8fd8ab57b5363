import '../../src/contact-card.js';
import { describeDataElementContract } from '../support/data-element-contract.js';
import { widgets } from '../support/data-elements.js';

describeDataElementContract(widgets[2]);
